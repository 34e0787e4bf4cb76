package org.imrarchive.letter;

/**
 * What a DMHC export row states of its case beyond the decision: the columns no letter of the DWC has (DWC letters
 * carry none: {@code null}). Each field is null where the export leaves the column blank or has no such column (the
 * 2001-2016 file has no IMRType and no days). Categories are the export's own words with whitespace tidied
 * ({@code "Endocrine/ Metabolic"} and {@code "Endocrine/Metabolic"} are one category); the age range is written
 * {@code 41-50} or {@code 65+} however the export spells it ({@code 41 to 50}, {@code 11_20}, {@code 65 or Over}).
 *
 * @param daysToReview days the review took, as the export counts them
 * @param daysToAdopt  days the health plan took to adopt (carry out) the determination
 */
public record DmhcCase(
        DmhcCaseType caseType,
        ImrType imrType,
        String ageRange,
        Integer daysToReview,
        Integer daysToAdopt,
        String diagnosisCategory,
        String diagnosisSubCategory,
        String treatmentCategory,
        String treatmentSubCategory) {
}
