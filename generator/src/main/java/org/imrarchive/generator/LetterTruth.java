package org.imrarchive.generator;

import java.util.List;

import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;

/**
 * What a synthetic letter says, known because the generator wrote it: one line of {@code manifest.jsonl}.
 * Follows the labelling conventions of the parser's development corpus: a value the letter does not state is null.
 */
public record LetterTruth(
        String file,
        String media,
        LetterFormat format,
        String caseNumber,
        Dates dates,
        Integer age,
        String gender,
        String specialty,
        List<String> licensure,
        List<String> diagnoses,
        List<DecisionTruth> decisions) {

    public LetterTruth {
        licensure = List.copyOf(licensure);
        diagnoses = List.copyOf(diagnoses);
        decisions = List.copyOf(decisions);
    }

    /** ISO dates (yyyy-mm-dd) as the letter states them; null when it does not. */
    public record Dates(String injury, String urDenial, String assigned, String received, String determination) {
    }

    public record DecisionTruth(String item, Outcome outcome, ProcedureTruth procedure, List<GuidelineTruth> guidelines,
                                List<GuidelineTruth> claimsAdministratorGuidelines) {
        public DecisionTruth {
            guidelines = List.copyOf(guidelines);
            claimsAdministratorGuidelines = claimsAdministratorGuidelines == null ? null : List.copyOf(claimsAdministratorGuidelines);
        }
    }

    public record ProcedureTruth(String name, ProcedureCategory category, BodyRegion bodyRegion, List<String> levels) {
        public ProcedureTruth {
            levels = List.copyOf(levels);
        }
    }

    public record GuidelineTruth(GuidelineSource source, String chapter, String title, String pages) {
    }
}
