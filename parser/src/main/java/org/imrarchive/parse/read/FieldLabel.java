package org.imrarchive.parse.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.parse.text.Ascii;

/**
 * The labels that start a field of a decision block, "Claims Administrator guideline:", "MAXIMUS guideline:",
 * "Decision rationale:", by what the field holds. A label starts a line and ends in a colon. Thread-safe.
 */
public enum FieldLabel {
    CLAIMS_ADMINISTRATOR_GUIDELINES, EXPERT_GUIDELINES, NON_MTUS_GUIDELINES, RATIONALE, OUTCOME;

    /** One label found in a text: what it labels, where it starts and where its value starts. */
    public record Found(FieldLabel label, int start, int valueStart) {
    }

    private static final String CA_LABELS = "Claims\\s+Administrator(?:'s)?\\s+guidelines?|(?:Medical\\s+Treatment\\s+)?Guideline\\(?s?\\)?\\s+(?:Relied\\s+Upon|Used|Cited)\\s+by\\s+(?:the\\s+)?Claims\\s+Administrator"
            + "|Claims\\s+Administrator\\s+(?:cited|relied\\s+upon|citation)|UR\\s+guidelines?|Utilization\\s+Review\\s+guidelines?";
    private static final String EXPERT_LABELS = "MAXIMUS\\s+guidelines?|(?:Medical\\s+Treatment\\s+)?Guideline\\(?s?\\)?\\s+(?:Relied\\s+Upon|Used|Cited)\\s+by\\s+(?:the\\s+)?(?:Expert|Professional|IMR|Physician|Medical)\\s+Reviewer(?:\\s+and\\s+why)?"
            + "|Expert\\s+Reviewer(?:'s)?\\s+guidelines?|IMR\\s+guidelines?|Guidelines?\\s+(?:relied\\s+upon|cited|used|applied)|Guideline\\(s\\)|Guidelines?|Criteria\\s+(?:used|applied)"
            + "|Medical\\s+Treatment\\s+Guidelines?|MTUS/ODG\\s+guidelines?|Evidence[-\\s]based\\s+guidelines?|Reference\\(?s?\\)?|Citations?|Cited\\s+guidelines?"
            + "|(?:CA\\s+)?MTUS\\s+Citations?|MTUS\\s+guidelines?";
    private static final String NON_MTUS_LABELS = "Non-?\\s?MTUS\\s+Citations?|Non-?\\s?MTUS\\s+guidelines?|Non-?\\s?MTUS\\s+references?|Non-?\\s?MTUS";
    private static final String RATIONALE_LABELS = "Decision\\s+rationale|Rationale\\s+for\\s+(?:the\\s+)?(?:Decision|Determination)|Rationale|Reasons?\\s+for\\s+(?:the\\s+)?(?:Decision|Determination)"
            + "|Clinical\\s+rationale|Basis\\s+for\\s+(?:the\\s+)?(?:Decision|Determination)|Explanation(?:\\s+of\\s+(?:the\\s+)?(?:Decision|Determination))?";
    private static final String OUTCOME_LABELS = "(?:IMR\\s+|Final\\s+)?(?:Decision|Determination|Outcome)";

    private static final Pattern FIELD = Pattern.compile(
            "(?im)^[ \\t]*(?:[-*\\u2022][ \\t]*)?(?:(?<ca>" + CA_LABELS + ")|(?<nonmtus>" + NON_MTUS_LABELS + ")|(?<ex>" + EXPERT_LABELS + ")|(?<rat>" + RATIONALE_LABELS + ")|(?<out>" + OUTCOME_LABELS + "))[ \\t]*:[ \\t]*");

    /** Every label of a text, in order. */
    public static List<Found> all(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        for (int at = find(m, text, 0); at >= 0; at = find(m, text, m.end())) {
            out.add(new Found(of(m), m.start(), m.end()));
        }
        return out;
    }

    /** The label a line starts with, if any. */
    public static Optional<FieldLabel> startOf(String line) {
        Matcher m = FIELD.matcher(line);
        return m.lookingAt() ? Optional.of(of(m)) : Optional.empty();
    }

    /** True when the line starts with a field label. */
    public static boolean startsWithLabel(String line) {
        return FIELD.matcher(line).lookingAt();
    }

    private static FieldLabel of(Matcher m) {
        if (m.group("ca") != null) {
            return CLAIMS_ADMINISTRATOR_GUIDELINES;
        }
        if (m.group("ex") != null) {
            return EXPERT_GUIDELINES;
        }
        if (m.group("nonmtus") != null) {
            return NON_MTUS_GUIDELINES;
        }
        return m.group("rat") != null ? RATIONALE : OUTCOME;
    }

    /**
     * As successive {@code m.find()} calls for FIELD (from {@code from}, the previous match's end; FIELD matches are
     * never empty), but trying line starts only: FIELD starts with a multiline ^, which find() would test at every
     * character. Returns the match start, or -1.
     */
    private static int find(Matcher m, String text, int from) {
        int n = text.length();
        int q = from;
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false); // ^ then tests the real text, as it does in find()
        while (q < n) { // ^ does not match at the end of input
            m.region(q, n);
            if (m.lookingAt()) {
                return m.start();
            }
            while (q < n && !Ascii.isRegexLineTerminator(text.charAt(q))) {
                q++;
            }
            q++;
        }
        return -1;
    }
}
