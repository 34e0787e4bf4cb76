package org.imrarchive.letter;

import java.util.List;

/**
 * One parsed Final Determination letter, in the shape of the public data contract
 * ({@code shared/spec/determination.md}). A letter decides one or more disputed items.
 */
public record Letter(
        SourceInfo source,
        String caseNumber,
        LetterDates dates,
        Patient patient,
        Reviewer reviewer,
        List<String> diagnoses,
        String clinicalSummary,
        List<Decision> decisions,
        List<String> warnings) {

    public Letter {
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Letter withSource(SourceInfo newSource) {
        return new Letter(newSource, caseNumber, dates, patient, reviewer, diagnoses, clinicalSummary, decisions, warnings);
    }
}
