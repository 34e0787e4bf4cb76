package org.imrarchive.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Small phrases every layout uses: dates, lists of items, conclusions. */
final class Wording {
    private Wording() {
    }

    private static final DateTimeFormatter PADDED = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    private static final DateTimeFormatter TWO_DIGIT = DateTimeFormatter.ofPattern("M/d/yy", Locale.US);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** 03/02/2011 */
    static String padded(LocalDate d) {
        return PADDED.format(d);
    }

    /** 3/2/2011 */
    static String slashed(LocalDate d) {
        return SHORT.format(d);
    }

    /** 3/2/11 */
    static String twoDigit(LocalDate d) {
        return TWO_DIGIT.format(d);
    }

    /** November 4, 2013 */
    static String written(LocalDate d) {
        return LONG.format(d);
    }

    /** "A", "A and B", "A, B, and C" */
    static String series(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.size() == 2) {
            return parts.get(0) + " and " + parts.get(1);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + ", and " + parts.get(parts.size() - 1);
    }

    static String necessity(boolean upheld) {
        return upheld ? "is not medically necessary and appropriate." : "is medically necessary and appropriate.";
    }

    /** Paragraphs joined, with the conclusion appended to the last one. */
    static void rationale(LetterDocument.Builder b, List<String> paragraphs, String firstLead, String conclusion) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (i == 0 && firstLead != null) {
                p = firstLead + p;
            }
            if (i == paragraphs.size() - 1) {
                p = p + "  " + conclusion;
            }
            b.para(p);
        }
    }

    /** The sentence in which the expert reviewer is introduced, after "The ... reviewer is". */
    static String qualification(Reviewer r) {
        if (r.physician()) {
            return "Board Certified in " + r.board() + " and is licensed to practice in " + r.statesWritten() + ".";
        }
        return "a " + r.profession() + " and is licensed to practice in " + r.statesWritten() + ".";
    }

    static final String CLINICAL_PRACTICE = "He/she has been in active clinical practice for more than five years and is currently working at "
            + "least 24 hours a week in active practice.";
    static final String SELECTED = "The expert reviewer was selected based on his/her clinical experience, education, background, and "
            + "expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/services.";
    static final String FAMILIAR = "He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy "
            + "that applies to Independent Medical Review determinations.";
}
