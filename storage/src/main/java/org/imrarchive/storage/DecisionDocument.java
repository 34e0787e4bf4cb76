package org.imrarchive.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.imrarchive.letter.LetterDates;

/**
 * One disputed item as the decisions index stores it: the decision flattened beside its letter's
 * context, so that search, facets and uphold-rate aggregations need no joins. Field names match
 * {@code mappings/.../decisions-index.json}.
 */
public record DecisionDocument(
        String id,
        String letterId,
        String caseNumber,
        int itemIndex,
        String item,
        String outcome,
        ProcedureFields procedure,
        List<GuidelineFields> guidelines,
        List<String> guidelineSources,
        List<String> claimsAdministratorGuidelineSources,
        String rationale,
        String clinicalSummary,
        List<String> diagnoses,
        String specialty,
        String specialtyRaw,
        List<String> licensure,
        LetterDates dates,
        LocalDate decisionDate,
        String decisionDateBasis,
        Integer year,
        Integer patientAge,
        String patientGender,
        String source,
        String format,
        String file,
        String sha256,
        List<String> warnings,
        Instant importedAt) {

    public record ProcedureFields(String name, String category, String bodyRegion, List<String> levels) {
    }

    public record GuidelineFields(String source, String chapter, String title, String pages, String label, String raw) {
    }
}
