package org.imrarchive.letter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One parsed Final Determination letter, in the shape of the public data contract
 * ({@code shared/spec/determination.md}). A letter decides one or more disputed items. {@code dmhc} is what a DMHC
 * export row adds (left out of the JSON for every other letter, so theirs is as the contract shows it).
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
        List<String> warnings,
        @JsonInclude(JsonInclude.Include.NON_NULL) DmhcCase dmhc) {

    public Letter {
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A letter with nothing of a DMHC export row: every letter the parser reads. */
    public Letter(SourceInfo source, String caseNumber, LetterDates dates, Patient patient, Reviewer reviewer,
                  List<String> diagnoses, String clinicalSummary, List<Decision> decisions, List<String> warnings) {
        this(source, caseNumber, dates, patient, reviewer, diagnoses, clinicalSummary, decisions, warnings, null);
    }

    public Letter withSource(SourceInfo newSource) {
        return new Letter(newSource, caseNumber, dates, patient, reviewer, diagnoses, clinicalSummary, decisions, warnings, dmhc);
    }
}
