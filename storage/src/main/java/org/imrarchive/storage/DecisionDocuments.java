package org.imrarchive.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imrarchive.letter.Decision;
import org.imrarchive.letter.DmhcCase;
import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.Procedure;

/** Turns a parsed letter into its index documents: one per disputed item. */
public final class DecisionDocuments {

    /** The program a determination came from: California DWC workers' compensation IMR letters. */
    public static final String SOURCE_CA_DWC_IMR = "CA_DWC_IMR";

    private DecisionDocuments() {
    }

    /** A decision's id is its letter's id and its 1-based position in the letter, so re-imports overwrite, never add. */
    public static String decisionId(String letterId, int itemIndex) {
        return letterId + "-" + itemIndex;
    }

    /** The program a determination came from: California DMHC (health plan) IMR, one CSV export row each. */
    public static final String SOURCE_DMHC_IMR = "DMHC_IMR";

    public static List<DecisionDocument> of(String letterId, Letter letter, String sourceProgram, Instant importedAt) {
        return of(letterId, letter, sourceProgram, importedAt, null);
    }

    /**
     * @param reportYear the year a source states without any date (the DMHC export's ReportYear): used for
     *                   {@code year} only when the letter gives no date, so no date is ever invented
     */
    public static List<DecisionDocument> of(String letterId, Letter letter, String sourceProgram, Instant importedAt,
                                            Integer reportYear) {
        LetterDates dates = letter.dates() == null ? LetterDates.none() : letter.dates();
        DecisionDate decisionDate = DecisionDate.of(dates);
        List<DecisionDocument> documents = new ArrayList<>();
        for (int i = 0; i < letter.decisions().size(); i++) {
            Decision d = letter.decisions().get(i);
            int itemIndex = i + 1;
            documents.add(new DecisionDocument(
                    decisionId(letterId, itemIndex),
                    letterId,
                    letter.caseNumber(),
                    itemIndex,
                    d.item(),
                    d.outcome(),
                    procedure(d.procedure()),
                    d.guidelines().stream().map(DecisionDocuments::guideline).toList(),
                    sources(d.guidelines()),
                    sources(d.claimsAdministratorGuidelines()),
                    d.rationale(),
                    letter.clinicalSummary(),
                    letter.diagnoses(),
                    letter.reviewer() == null ? null : letter.reviewer().specialty(),
                    letter.reviewer() == null ? null : letter.reviewer().specialtyRaw(),
                    letter.reviewer() == null ? List.of() : letter.reviewer().licensure(),
                    dates,
                    decisionDate.date(),
                    decisionDate.basis(),
                    decisionDate.date() == null ? reportYear : Integer.valueOf(decisionDate.date().getYear()),
                    letter.patient() == null ? null : letter.patient().age(),
                    letter.patient() == null ? null : letter.patient().gender(),
                    sourceProgram,
                    letter.source() == null ? null : letter.source().format(),
                    letter.source() == null ? null : letter.source().file(),
                    letter.source() == null ? null : letter.source().sha256(),
                    letter.warnings(),
                    importedAt,
                    letter.reviewer() == null ? List.of() : letter.reviewer().certifications(),
                    d.originalRequest(),
                    d.authorizedPortion(),
                    d.guidelineFlags(),
                    d.claimsAdministratorGuidelineFlags(),
                    dmhc(letter.dmhc())));
        }
        return documents;
    }

    /** "MTUS ACOEM Ch. 12 Low Back Complaints": what an analyst groups citations by. */
    public static String label(Guideline g) {
        StringBuilder label = new StringBuilder(g.source() == null ? "OTHER" : g.source().name().replace('_', ' '));
        if (g.chapter() != null) {
            label.append(" Ch. ").append(g.chapter());
        }
        if (g.title() != null) {
            label.append(' ').append(g.title());
        }
        return label.toString();
    }

    private static DecisionDocument.DmhcFields dmhc(DmhcCase c) {
        if (c == null) {
            return null;
        }
        return new DecisionDocument.DmhcFields(c.caseType(), c.imrType(), c.ageRange(), c.daysToReview(),
                c.daysToAdopt(), c.diagnosisCategory(), c.diagnosisSubCategory(), c.treatmentCategory(),
                c.treatmentSubCategory());
    }

    private static DecisionDocument.ProcedureFields procedure(Procedure p) {
        if (p == null) {
            return null;
        }
        return new DecisionDocument.ProcedureFields(p.name(), p.category(), p.bodyRegion(), p.levels());
    }

    private static DecisionDocument.GuidelineFields guideline(Guideline g) {
        return new DecisionDocument.GuidelineFields(g.source(), g.chapter(), g.title(), g.section(), g.pages(), label(g),
                g.raw());
    }

    private static List<GuidelineSource> sources(List<Guideline> guidelines) {
        return guidelines.stream().map(Guideline::source).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * Letters rarely print the day the determination was signed. The decision date is the most
     * specific date the letter gives, in this order: determination, assigned, received, UR denial;
     * {@code basis} names which one was used so analysts can tell.
     */
    record DecisionDate(LocalDate date, String basis) {
        static DecisionDate of(LetterDates d) {
            if (d.determination() != null) {
                return new DecisionDate(d.determination(), "determination");
            }
            if (d.assigned() != null) {
                return new DecisionDate(d.assigned(), "assigned");
            }
            if (d.received() != null) {
                return new DecisionDate(d.received(), "received");
            }
            if (d.urDenial() != null) {
                return new DecisionDate(d.urDenial(), "urDenial");
            }
            return new DecisionDate(null, null);
        }
    }
}
