package org.imrarchive.parse.format;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.imrarchive.letter.LetterFormat;
import org.imrarchive.parse.text.Scan;

/**
 * Tells which of the IMR letter shapes a cleaned text is, by weighted markers each format prints. A text with too
 * little evidence for any format is not an IMR determination letter. Thread-safe.
 */
public final class FormatDetector {

    /** The best format and its score, or a null format. */
    public record Detection(LetterFormat format, int score) {
    }

    /** Below this score a text is not taken for an IMR letter. */
    public static final int MIN_SCORE = 3;

    /**
     * How a marker is looked for, cheapest first: tried only where its leading literal occurs, only at line starts,
     * or (neither known) at every position of the windows around its hints.
     */
    private record Marker(LetterFormat format, String[] hints, Pattern pattern, int weight, String lead, boolean lineStart) {
        boolean foundIn(Scan.Text text) {
            if (lead != null) {
                return Scan.foundStartingWith(pattern, lead, text, 200, 400, hints);
            }
            if (lineStart) {
                return Scan.foundAtLineStart(pattern, text, 200, 400, hints);
            }
            return Scan.found(pattern, text, 200, 400, hints);
        }
    }

    private static final Marker[] MARKERS = {
            m(LetterFormat.DWC_IMR_2013, "issues", "(?i)IMR\\s+ISSUES,?\\s+DECISIONS,?\\s+AND\\s+RATIONALES?", 6),
            m(LetterFormat.DWC_IMR_2013, "made", "(?i)HOW\\s+THE\\s+IMR\\s+FINAL\\s+DETERMINATION\\s+WAS\\s+MADE", 3),
            m(LetterFormat.DWC_IMR_2013, "maximus", "(?im)^\\s*MAXIMUS\\s+guidelines?\\s*:", 3),
            m(LetterFormat.DWC_IMR_2013, "administrator", "(?im)^\\s*Claims\\s+Administrator\\s+guidelines?\\s*:", 2),
            m(LetterFormat.DWC_IMR_2013, "upheld|overturned", "(?m):\\s*(?:Upheld|Overturned|UPHELD|OVERTURNED)\\s*$", 2),
            m(LetterFormat.DWC_IMR_2013, "based", "(?i)The\\s+Final\\s+Determination\\s+was\\s+based\\s+on\\s+decisions", 2),

            m(LetterFormat.MAXIMUS_IMR_2014, "decision(s)", "(?i)IMR\\s+DECISION\\(S\\)\\s+AND\\s+RATIONALE\\(S\\)", 7),
            m(LetterFormat.MAXIMUS_IMR_2014, "federal", "(?i)MAXIMUS\\s+FEDERAL\\s+SERVICES,?\\s+INC\\.?\\s*\\n?\\s*Independent\\s+Medical\\s+Review", 2),
            m(LetterFormat.MAXIMUS_IMR_2014, "reviewed", "(?m)^\\s*DOCUMENTS\\s+REVIEWED\\s*:?\\s*$", 2),
            m(LetterFormat.MAXIMUS_IMR_2014, "appropriate", "(?im)^\\s*\\d{1,2}[.)]\\s+[^\\n]{2,300}?\\bis\\s+(?:not\\s+)?medically\\s+necessary\\s+and\\s+appropriate", 1),

            m(LetterFormat.IMR_NOTICE_2013, "notice", "(?i)Notice\\s+of\\s+Independent\\s+Medical\\s+Review\\s+Determination", 3),
            m(LetterFormat.IMR_NOTICE_2013, "independent", "(?i)INDEPENDENT\\s+MEDICAL\\s+REVIEW\\s+DECISION\\s+AND\\s+RATIONALE", 6),
            m(LetterFormat.IMR_NOTICE_2013, "determined", "(?i)has\\s+determined\\s+(?:that\\s+)?the\\s+request(?:ed)?\\s+(?:for\\s+)?", 3),
            m(LetterFormat.IMR_NOTICE_2013, "qualifications", "(?i)Medical\\s+Qualifications\\s+of\\s+the\\s+Expert\\s+Reviewer", 3),
            m(LetterFormat.IMR_NOTICE_2013, "regarding", "(?im)^\\s*\\d{1,2}\\)\\s*Regarding\\s+the\\s+request", 2),
            m(LetterFormat.IMR_NOTICE_2013, "relied", "(?i)Relied\\s+Upon\\s+by\\s+the\\s+Expert\\s+Reviewer", 2),

            m(LetterFormat.MEDICAL_PROFESSIONAL_REVIEW, "professional", "MEDICAL\\s+PROFESSIONAL\\s+REVIEW|(?i)^\\s*Medical\\s+Professional\\s+Review\\s*$", 5),
            m(LetterFormat.MEDICAL_PROFESSIONAL_REVIEW, "dispute", "(?i)ISSUES?\\s+AT\\s+DISPUTE", 3),
            m(LetterFormat.MEDICAL_PROFESSIONAL_REVIEW, "professional", "(?i)RELIED\\s+UPON\\s+BY\\s+(?:THE\\s+)?PROFESSIONAL\\s+REVIEWER", 4),
            m(LetterFormat.MEDICAL_PROFESSIONAL_REVIEW, "rationale", "(?i)RATIONALE\\s+FOR\\s+WHY\\s+THE\\s+REQUESTED", 3),
            m(LetterFormat.MEDICAL_PROFESSIONAL_REVIEW, "qualifications", "(?i)MEDICAL\\s+REVIEWER\\s+QUALIFICATIONS", 3),
            m(LetterFormat.MEDICAL_PROFESSIONAL_REVIEW, "reviewed", "(?i)DOCUMENTS\\s+REVIEWED\\s+FOR\\s+DETERMINATION", 3),
    };

    /** A marker: its format, a lower-case word it cannot match without ("a|b" for either), its regex and weight. */
    private static Marker m(LetterFormat f, String hint, String regex, int weight) {
        return new Marker(f, hint.split("\\|"), Pattern.compile(regex), weight, Scan.leadingLiteral(regex),
                Scan.startsAtLineStart(regex));
    }

    public Detection detect(String cleanedText) {
        return detect(Scan.Text.of(cleanedText));
    }

    public Detection detect(Scan.Text text) {
        Map<LetterFormat, Integer> scores = new EnumMap<>(LetterFormat.class);
        for (Marker mk : MARKERS) {
            if (mk.foundIn(text)) {
                scores.merge(mk.format(), mk.weight(), Integer::sum);
            }
        }
        LetterFormat best = null;
        int bestScore = 0;
        for (Map.Entry<LetterFormat, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (bestScore < MIN_SCORE) {
            return new Detection(null, bestScore);
        }
        return new Detection(best, bestScore);
    }
}
