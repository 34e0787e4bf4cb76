package org.imrarchive.api.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.Outcome;
import org.imrarchive.storage.DecisionDocument;

/**
 * One decision in a result list, with its letter's context. The full rationale and clinical summary
 * are left to {@code GET /api/decisions/{id}}; the list shows their highlighted passages.
 */
public record DecisionHit(
        String id,
        String letterId,
        String caseNumber,
        int itemIndex,
        String item,
        Outcome outcome,
        DecisionDocument.ProcedureFields procedure,
        List<DecisionDocument.GuidelineFields> guidelines,
        List<GuidelineSource> guidelineSources,
        String specialty,
        LetterDates dates,
        LocalDate decisionDate,
        String decisionDateBasis,
        Integer year,
        Integer patientAge,
        String patientGender,
        String source,
        DecisionDocument.DmhcFields dmhc,
        Double score,
        Map<String, List<List<HighlightSegment>>> highlights) {

    public static DecisionHit of(DecisionDocument d, Double score, Map<String, List<List<HighlightSegment>>> highlights) {
        return new DecisionHit(d.id(), d.letterId(), d.caseNumber(), d.itemIndex(), d.item(), d.outcome(), d.procedure(),
                d.guidelines() == null ? List.of() : d.guidelines(),
                d.guidelineSources() == null ? List.of() : d.guidelineSources(),
                d.specialty(), d.dates(), d.decisionDate(), d.decisionDateBasis(), d.year(), d.patientAge(),
                d.patientGender(), d.source(), d.dmhc(), score, highlights);
    }
}
