package org.imrarchive.generator;

import java.time.LocalDate;
import java.util.List;

import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;

/**
 * Everything one synthetic letter tells, before it is written in a format. The layouts turn it into words; the
 * manifest's truth comes from it too, so letter and label cannot disagree.
 */
record SyntheticCase(
        int index,
        LetterFormat format,
        String caseNumber,
        LocalDate injury,
        LocalDate urDenial,
        LocalDate received,
        LocalDate assigned,
        LocalDate determination,
        int age,
        boolean female,
        BodyRegion region,
        String occupation,
        String mechanism,
        List<String> summary,
        List<String> diagnoses,
        Reviewer reviewer,
        List<Dispute> disputes,
        Look look) {

    SyntheticCase {
        summary = List.copyOf(summary);
        diagnoses = List.copyOf(diagnoses);
        disputes = List.copyOf(disputes);
    }

    /**
     * One disputed item: its decision, the expert reviewer's citations, the claims administrator's (null: the format
     * has no such section; empty: "did not cite any evidence-based criteria"), and the rationale's paragraphs without
     * the concluding sentence, which each format words its own way.
     */
    record Dispute(ProcedureKind kind, Item item, Outcome outcome, List<Cite> cites, List<Cite> claimsAdministratorCites,
                   boolean reviewerAgreesWithClaimsAdministrator, List<String> rationale) {
        Dispute {
            cites = List.copyOf(cites);
            claimsAdministratorCites = claimsAdministratorCites == null ? null : List.copyOf(claimsAdministratorCites);
            rationale = List.copyOf(rationale);
        }

        boolean upheld() {
            return outcome == Outcome.UPHELD;
        }
    }

    /**
     * How the letter looks as text (line width, page length, line endings, pdftotext habits) and which of its
     * format's wordings it uses ({@code variant}, 0-59: each layout reads it its own way).
     */
    record Look(int width, int linesPerPage, boolean crlf, boolean trailingSpaces, boolean doubleSpaced, String runningHeader, int variant) {
    }

    boolean allUpheld() {
        return disputes.stream().allMatch(Dispute::upheld);
    }

    boolean noneUpheld() {
        return disputes.stream().noneMatch(Dispute::upheld);
    }

    /** "male"/"female", as the summaries say it. */
    String sex() {
        return female ? "female" : "male";
    }

    String his() {
        return female ? "her" : "his";
    }

    String he() {
        return female ? "she" : "he";
    }
}
