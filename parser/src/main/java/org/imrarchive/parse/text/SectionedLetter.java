package org.imrarchive.parse.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cleaned letter (one physical line per line) and the section headings found in it. A heading counts when
 * it starts a line and is either written in capitals as the templates print it, or is the whole line (or is
 * followed by a colon): so prose that happens to begin a line with "case summary" is not a heading.
 */
public final class SectionedLetter {

    /**
     * The section headings, each with the wording (a regular expression) of every template that prints it.
     * The order is the order the alternatives are tried in, so a longer wording must come before its prefix.
     */
    public enum Heading {
        HOW_MADE("HOW THE (?:IMR )?FINAL DETERMINATION WAS MADE"),
        DECISIONS("IMR ISSUES,? DECISIONS,? AND RATIONALES?|IMR DECISION\\(S\\),? AND RATIONALE\\(S\\)|IMR DECISIONS?,? AND RATIONALES?"
                + "|INDEPENDENT MEDICAL REVIEW DECISIONS?,? AND RATIONALES?|IMR ISSUES AND DECISIONS|DECISIONS? AND RATIONALES?|FINAL DETERMINATION REASONS?"),
        SUMMARY("CLINICAL CASE SUMMARY|EXPERT REVIEWER(?:'S)? CASE SUMMARY|CASE SUMMARY|CLINICAL SUMMARY|SUMMARY OF (?:THE )?CASE|SUMMARY OF (?:THE )?(?:CLINICAL|MEDICAL) (?:HISTORY|RECORDS)"),
        DOCUMENTS("DOCUMENTS REVIEWED(?: FOR (?:THE )?DETERMINATION)?|LIST OF DOCUMENTS REVIEWED|DOCUMENTS RECEIVED(?: AND REVIEWED)?|RECORDS REVIEWED|MEDICAL RECORDS REVIEWED"),
        ISSUE("ISSUES? (?:AT|IN) DISPUTE|DISPUTED ISSUES?|ISSUES? UNDER REVIEW"),
        MPR_GUIDELINES("MEDICAL TREATMENT GUIDELINE\\(?S?\\)? RELIED UPON(?: BY (?:THE )?(?:PROFESSIONAL |EXPERT )?REVIEWER)?(?: AND WHY)?"
                + "|GUIDELINE\\(?S?\\)? RELIED UPON BY (?:THE )?(?:PROFESSIONAL |EXPERT )?REVIEWER(?: AND WHY)?"),
        MPR_RATIONALE("RATIONALE FOR WHY THE REQUESTED [A-Z/ ]{0,40}?(?:IS|WAS|IS/WAS|WAS/IS)(?: NOT)? MEDICALLY NECESSARY"),
        QUALIFICATIONS("MEDICAL REVIEWER QUALIFICATIONS|MEDICAL QUALIFICATIONS OF THE EXPERT REVIEWER|EXPERT REVIEWER (?:QUALIFICATIONS|INFORMATION)"
                + "|(?:PROFESSIONAL )?REVIEWER QUALIFICATIONS|QUALIFICATIONS OF THE (?:EXPERT |PROFESSIONAL |MEDICAL )?REVIEWER"),
        CLOSING("EFFECT OF THE DECISION|SINCERELY|CC:|YOUR RIGHT TO APPEAL|RIGHT TO APPEAL|APPEAL RIGHTS|HOW TO APPEAL|NOTICE OF APPEAL RIGHTS|IMPORTANT NOTICE"),
        MPR_TITLE("MEDICAL PROFESSIONAL REVIEW");

        private final String pattern;

        Heading(String pattern) {
            this.pattern = pattern;
        }
    }

    public record Mark(Heading heading, int start, int bodyStart) {
    }

    private static final Pattern EXACT;
    private static final Pattern LOOSE;
    private static final Heading[] ORDER;
    /** "h0", "h1", ...: built once, not per heading found. */
    private static final String[] GROUP_NAMES;

    static {
        StringBuilder b = new StringBuilder();
        ORDER = Heading.values();
        GROUP_NAMES = new String[ORDER.length];
        for (int i = 0; i < ORDER.length; i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append("(?<h").append(i).append('>').append(ORDER[i].pattern).append(')');
            GROUP_NAMES[i] = "h" + i;
        }
        EXACT = Pattern.compile("(?:" + b + ")(?![A-Za-z])[ \\t]*:?[ \\t]*");
        LOOSE = Pattern.compile("(?mi)(?:" + b + ")(?![A-Za-z])[ \\t]*(?=[:,]|$)[:,]?[ \\t]*");
    }

    private final String text;
    private final List<Mark> marks;

    public SectionedLetter(String cleanedText) {
        this.text = cleanedText;
        List<Mark> found = new ArrayList<>();
        Matcher exact = EXACT.matcher(text);
        Matcher loose = LOOSE.matcher(text);
        for (Matcher m : new Matcher[] {exact, loose}) {
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
        }
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            if (eol > pos && Character.isLetter(text.charAt(pos)) && mayStartHeading(text, pos, eol)) {
                for (Matcher m : new Matcher[] {exact, loose}) {
                    m.region(pos, eol);
                    if (m.lookingAt()) {
                        add(m, found);
                        break;
                    }
                }
            }
            pos = eol + 1;
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Mark> dedup = new ArrayList<>();
        for (Mark m : found) {
            if (!dedup.isEmpty() && dedup.get(dedup.size() - 1).start() == m.start()) {
                continue;
            }
            dedup.add(m);
        }
        this.marks = List.copyOf(dedup);
    }

    /**
     * Whether a line could start a heading, by its first word (case-folded): most lines cannot, and the
     * 40-alternative case-insensitive LOOSE pattern tried on every line showed in profiles. The words are the
     * leading letters of every heading alternative ("DECISIONS?" gives "decision"), by their first two letters.
     * Null: no prefilter.
     */
    private static final Map<String, List<String>> HEADING_WORDS = headingWords();

    private static boolean mayStartHeading(String text, int pos, int eol) {
        if (HEADING_WORDS == null) {
            return true;
        }
        if (eol - pos < 2) {
            return false; // every heading is longer
        }
        String two = new String(new char[] {Ascii.lower(text.charAt(pos)), Ascii.lower(text.charAt(pos + 1))});
        List<String> words = HEADING_WORDS.get(two);
        if (words == null) {
            return false;
        }
        for (String word : words) {
            if (startsWithIgnoreAsciiCase(text, pos, eol, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoreAsciiCase(String text, int pos, int eol, String lowerWord) {
        if (eol - pos < lowerWord.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            if (Ascii.lower(text.charAt(pos + k)) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The leading word (lower case) of every heading alternative by its first two letters, or null when an alternative has an unexpected shape. */
    private static Map<String, List<String>> headingWords() {
        Map<String, List<String>> out = new HashMap<>();
        for (Heading h : Heading.values()) {
            List<String> starts = LeadingLiterals.of(h.pattern).orElse(null);
            if (starts == null) {
                return null;
            }
            for (String literal : starts) {
                int end = 0;
                while (end < literal.length() && isAsciiLetter(literal.charAt(end))) {
                    end++;
                }
                if (end < literal.length() && "?*{".indexOf(literal.charAt(end)) >= 0) {
                    end--; // the last letter is optional
                }
                if (end < 2) {
                    return null;
                }
                String word = literal.substring(0, end).toLowerCase(Locale.ROOT);
                List<String> words = out.computeIfAbsent(word.substring(0, 2), k -> new ArrayList<>());
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
        }
        return out;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void add(Matcher m, List<Mark> out) {
        for (int i = 0; i < ORDER.length; i++) {
            if (m.group(GROUP_NAMES[i]) != null) {
                out.add(new Mark(ORDER[i], m.start(), m.end()));
                break;
            }
        }
    }

    public String text() {
        return text;
    }

    public List<Mark> marks() {
        return marks;
    }

    public boolean has(Heading h) {
        return first(h) != null;
    }

    public Mark first(Heading h) {
        for (Mark m : marks) {
            if (m.heading() == h) {
                return m;
            }
        }
        return null;
    }

    /** Where the section that starts at this mark ends: at the next heading, or the end of the text. */
    public int end(Mark mark) {
        for (Mark m : marks) {
            if (m.start() > mark.start()) {
                return m.start();
            }
        }
        return text.length();
    }

    /** The body of the first section with this heading (raw lines), or null. */
    public String body(Heading h) {
        Mark m = first(h);
        return m == null ? null : text.substring(m.bodyStart(), Math.max(m.bodyStart(), end(m)));
    }

    /** Start of the first heading, or the end of the text when there are none: what comes before is the letter's header. */
    public int firstHeadingStart() {
        return marks.isEmpty() ? text.length() : marks.get(0).start();
    }
}
