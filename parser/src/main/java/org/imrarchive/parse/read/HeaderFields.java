package org.imrarchive.parse.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.parse.text.Ascii;
import org.imrarchive.parse.text.LeadingLiterals;

/**
 * The "Label: value" fields of a letter's header block ("Case Number: CM13-0001234 Date Assigned: 10/15/2013").
 * A value runs to the next label on its line or to the line's end; an empty value takes the next line when that
 * line holds no label. The first occurrence of each label wins. Thread-safe (static patterns only).
 */
public final class HeaderFields {

    public enum Field {
        CASE_NUMBER, ASSIGNED, INJURY, UR_DENIAL, PRIORITY, RECEIVED, DETERMINATION, DISPUTED, LICENSURE, SPECIALTY, OTHER
    }

    private static final Object[][] LABELS = {
            {Field.CASE_NUMBER, "(?:IMR\\s+)?Case\\s+(?:Number|No\\.?|#)|IMR\\s+(?:Number|No\\.?|#)"},
            {Field.ASSIGNED, "Date\\s+Assigned|Assigned\\s+Date|Date\\s+of\\s+Assignment|Assignment\\s+Date"},
            {Field.INJURY, "Date\\s+of\\s+Injury|Injury\\s+Date|D\\.?O\\.?I\\.?"},
            {Field.UR_DENIAL, "UR\\s+Denial\\s+Date|Date\\s+of\\s+UR\\s+(?:Decision|Denial|Determination)|UR\\s+(?:Decision|Determination)\\s+Date"
                    + "|Utilization\\s+Review\\s+(?:Denial\\s+|Decision\\s+|Determination\\s+)?Date"
                    + "|Date\\s+of\\s+(?:the\\s+)?Utilization\\s+Review(?:\\s+(?:Decision|Denial|Determination))?|UR\\s+Date|Denial\\s+Date"},
            {Field.PRIORITY, "Priority"},
            {Field.RECEIVED, "(?:IMR\\s+)?Application\\s+Received(?:\\s+Date)?|Date\\s+(?:IMR\\s+)?Application\\s+Received|Date\\s+Received|Received\\s+Date|Date\\s+of\\s+Receipt|Receipt\\s+Date"},
            {Field.DETERMINATION, "Dated|Date\\s+of\\s+(?:Final\\s+)?Determination|(?:Final\\s+)?Determination\\s+Date|Letter\\s+Date|Date\\s+of\\s+(?:this\\s+)?(?:Letter|Notice)"
                    + "|Date\\s+of\\s+Review|Review\\s+Date|Decision\\s+Date|Date\\s+of\\s+Decision|Date\\s+Completed|Completion\\s+Date"},
            {Field.DISPUTED, "Disputed\\s+(?:Services?|Items?|Treatments?)(?:\\s*/\\s*Items?)?|Treatment\\(?s?\\)?\\s+in\\s+Dispute(?:\\s+Listed\\s+on\\s+(?:the\\s+)?IMR\\s+Application)?"
                    + "|Services?\\s+in\\s+Dispute|Items?\\s+in\\s+Dispute|Requested\\s+(?:Services?|Treatments?)"},
            {Field.LICENSURE, "State\\(?s?\\)?\\s+of\\s+Licensure|Licensure|State\\(?s?\\)?\\s+(?:of\\s+)?License|Licensed\\s+(?:State|in)"},
            {Field.SPECIALTY, "Certification\\(?s?\\)?\\s*/\\s*Specialt(?:y|ies)|Board\\s+Certification\\(?s?\\)?|Certification\\(?s?\\)?|Specialt(?:y|ies)|Reviewer\\s+Specialty"},
            {Field.OTHER, "Employee(?:\\s+Name)?|Provider(?:\\s+Name)?|Claim\\s+(?:Number|No\\.?|#)|Claims\\s+Administrator|Employer|Insurer|Patient(?:\\s+Name)?"
                    + "|Date\\s+of\\s+Birth|DOB|Gender|Sex|Jurisdiction|Reviewer(?:\\s+Name)?|Re|RE|Phone|Fax|Address|Attention|Attn|Requesting\\s+Physician"
                    + "|Treating\\s+Physician|Physician|Applicant(?:\\s+Name)?|Claimant(?:\\s+Name)?|Review\\s+Type|Type\\s+of\\s+Review|Decision|Determination|Outcome"},
    };

    private static final Pattern LABEL;
    private static final Field[] ORDER;
    /** "f0", "f1", ...: built once, not per label found. */
    private static final String[] GROUP_NAMES;

    static {
        StringBuilder b = new StringBuilder("(?i)(?:");
        ORDER = new Field[LABELS.length];
        GROUP_NAMES = new String[LABELS.length];
        for (int i = 0; i < LABELS.length; i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append("(?<f").append(i).append(">").append(LABELS[i][1]).append(')');
            ORDER[i] = (Field) LABELS[i][0];
            GROUP_NAMES[i] = "f" + i;
        }
        b.append(")[ \\t]*");
        LABEL = Pattern.compile(b.toString());
    }

    /**
     * The words (lower case) labels start with, "case", "imr", "date", ..., by first letter; null when a label has a
     * shape this does not read. A word before a colon that starts with none of them skips the 100-alternative LABEL
     * match: most words before a colon are prose.
     */
    private static final String[][] LABEL_WORDS = labelWords();

    private static String[][] labelWords() {
        List<List<String>> byLetter = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            byLetter.add(new ArrayList<>());
        }
        for (Object[] l : LABELS) {
            List<String> alternatives = LeadingLiterals.of((String) l[1]).orElse(null);
            if (alternatives == null) {
                return null;
            }
            for (String alternative : alternatives) {
                String word = leadingWord(alternative);
                if (word.isEmpty()) {
                    return null;
                }
                List<String> words = byLetter.get(word.charAt(0) - 'a');
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
        }
        String[][] out = new String[26][];
        for (int i = 0; i < 26; i++) {
            out[i] = byLetter.get(i).toArray(String[]::new);
        }
        return out;
    }

    /** The letters a regex alternative starts with, lower case, without a last letter made optional ("Items?" gives "item"). */
    static String leadingWord(String alternative) {
        int end = 0;
        while (end < alternative.length() && isAsciiLetter(alternative.charAt(end))) {
            end++;
        }
        if (end > 0 && end < alternative.length() && "?*{".indexOf(alternative.charAt(end)) >= 0) {
            end--;
        }
        return Ascii.toLower(alternative.substring(0, end));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean startsWithLabelWord(String text, int at) {
        char first = Ascii.lower(text.charAt(at));
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (String word : LABEL_WORDS[first - 'a']) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private record Value(String value, int position) {
    }

    private final Map<Field, Value> values = new EnumMap<>(Field.class);

    /**
     * Reads the labels of a text (a header block, or a whole letter). Labels are looked for only before colons,
     * starting at a line start or after whitespace, which keeps this linear in the text.
     */
    public HeaderFields(String text) {
        if (text == null) {
            return;
        }
        List<int[]> labels = new ArrayList<>(); // start, valueStart, field index
        Matcher m = LABEL.matcher(text);
        int colon = text.indexOf(':');
        while (colon >= 0) {
            int lineStart = text.lastIndexOf('\n', colon - 1) + 1;
            int from = Math.max(lineStart, colon - 80);
            for (int s = from; s < colon; s++) {
                if (!Character.isLetter(text.charAt(s))) {
                    continue;
                }
                if (s > lineStart) {
                    char c = text.charAt(s - 1);
                    if (c != ' ' && c != '\t' && c != ';' && c != '|') {
                        continue;
                    }
                }
                if (LABEL_WORDS != null && !startsWithLabelWord(text, s)) {
                    continue; // no label starts with this word
                }
                m.region(s, colon);
                if (m.matches()) {
                    labels.add(new int[] {s, colon + 1, fieldIndex(m)});
                    break;
                }
            }
            colon = text.indexOf(':', colon + 1);
        }
        for (int k = 0; k < labels.size(); k++) {
            int[] l = labels.get(k);
            int next = k + 1 < labels.size() ? labels.get(k + 1)[0] : text.length();
            record(l[2], l[0], text, l[1], next);
        }
    }

    private static int fieldIndex(Matcher m) {
        for (int i = 0; i < ORDER.length; i++) {
            if (m.group(GROUP_NAMES[i]) != null) {
                return i;
            }
        }
        return ORDER.length - 1;
    }

    private void record(int fieldIdx, int labelStart, String text, int valueStart, int nextLabel) {
        Field f = ORDER[fieldIdx];
        if (f == Field.OTHER || values.containsKey(f)) {
            return;
        }
        int eol = text.indexOf('\n', valueStart);
        if (eol < 0) {
            eol = text.length();
        }
        int end = Math.min(eol, nextLabel);
        String v = text.substring(valueStart, end).strip();
        if (v.isEmpty() && end == eol && eol < text.length() && nextLabel > eol) {
            // value on the next line ("Disputed Services:\nLumbar discogram ...")
            int start2 = eol + 1;
            while (start2 < text.length() && text.charAt(start2) == '\n') {
                start2++;
            }
            int eol2 = text.indexOf('\n', start2);
            if (eol2 < 0) {
                eol2 = text.length();
            }
            if (start2 < Math.min(eol2, nextLabel)) {
                v = text.substring(start2, Math.min(eol2, nextLabel)).strip();
            }
        }
        if (!v.isEmpty()) {
            values.put(f, new Value(v, labelStart));
        }
    }

    /** The first value of a label anywhere, or null. */
    public String get(Field f) {
        Value v = values.get(f);
        return v == null ? null : v.value();
    }

    /** The first value of a label if its label starts before {@code limit} (the header block), or null. */
    public String getBefore(Field f, int limit) {
        Value v = values.get(f);
        return v == null || v.position() >= limit ? null : v.value();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
