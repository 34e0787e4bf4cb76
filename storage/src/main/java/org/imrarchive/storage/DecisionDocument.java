package org.imrarchive.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.DmhcCaseType;
import org.imrarchive.letter.GuidelineFlag;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.ImrType;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;

/**
 * One disputed item as the decisions index stores it: the decision flattened beside its letter's
 * context, so that search, facets and uphold-rate aggregations need no joins. Field names match
 * {@code mappings/.../decisions-index.json}. The reviewer's boards, a partial authorisation and the guideline flags
 * come from the 2016-17 letters; older letters leave them empty. {@code dmhc} is a DMHC export row's own columns,
 * null for every letter of the DWC.
 */
public record DecisionDocument(
        String id,
        String letterId,
        String caseNumber,
        int itemIndex,
        String item,
        Outcome outcome,
        ProcedureFields procedure,
        List<GuidelineFields> guidelines,
        List<GuidelineSource> guidelineSources,
        List<GuidelineSource> claimsAdministratorGuidelineSources,
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
        LetterFormat format,
        String file,
        String sha256,
        List<String> warnings,
        Instant importedAt,
        List<String> certifications,
        String originalRequest,
        String authorizedPortion,
        List<GuidelineFlag> guidelineFlags,
        List<GuidelineFlag> claimsAdministratorGuidelineFlags,
        DmhcFields dmhc) {

    public DecisionDocument {
        // documents stored before these fields existed read back with none
        certifications = certifications == null ? List.of() : certifications;
        guidelineFlags = known(guidelineFlags);
        claimsAdministratorGuidelineFlags = known(claimsAdministratorGuidelineFlags);
        // a stored name no constant has any more reads as null (StorageJson); in a list it is dropped
        guidelineSources = guidelineSources == null ? null : known(guidelineSources);
        claimsAdministratorGuidelineSources = claimsAdministratorGuidelineSources == null ? null
                : known(claimsAdministratorGuidelineSources);
    }

    private static <E extends Enum<E>> List<E> known(List<E> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    /** A document with none of the fields the 2016-17 letters brought. */
    public DecisionDocument(String id, String letterId, String caseNumber, int itemIndex, String item, Outcome outcome,
                            ProcedureFields procedure, List<GuidelineFields> guidelines,
                            List<GuidelineSource> guidelineSources,
                            List<GuidelineSource> claimsAdministratorGuidelineSources, String rationale,
                            String clinicalSummary, List<String> diagnoses, String specialty, String specialtyRaw,
                            List<String> licensure, LetterDates dates, LocalDate decisionDate, String decisionDateBasis,
                            Integer year, Integer patientAge, String patientGender, String source, LetterFormat format,
                            String file, String sha256, List<String> warnings, Instant importedAt) {
        this(id, letterId, caseNumber, itemIndex, item, outcome, procedure, guidelines, guidelineSources,
                claimsAdministratorGuidelineSources, rationale, clinicalSummary, diagnoses, specialty, specialtyRaw,
                licensure, dates, decisionDate, decisionDateBasis, year, patientAge, patientGender, source, format, file,
                sha256, warnings, importedAt, List.of(), null, null, List.of(), List.of(), null);
    }

    /**
     * The columns of a DMHC export row ({@link org.imrarchive.letter.DmhcCase}), under {@code dmhc} in the index;
     * the whole object is absent for every other letter.
     */
    public record DmhcFields(DmhcCaseType caseType, ImrType imrType, String ageRange, Integer daysToReview,
                             Integer daysToAdopt, String diagnosisCategory, String diagnosisSubCategory,
                             String treatmentCategory, String treatmentSubCategory) {
    }

    public record ProcedureFields(String name, ProcedureCategory category, BodyRegion bodyRegion, List<String> levels) {
    }

    public record GuidelineFields(GuidelineSource source, String chapter, String title, String section, String pages,
                                  String label, String raw) {
        /** A citation that names no section. */
        public GuidelineFields(GuidelineSource source, String chapter, String title, String pages, String label,
                               String raw) {
            this(source, chapter, title, null, pages, label, raw);
        }
    }
}
