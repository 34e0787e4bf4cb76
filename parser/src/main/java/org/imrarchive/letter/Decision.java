package org.imrarchive.letter;

import java.util.List;

/** The decision on one disputed item of a letter: the unit every count in the archive is made of. */
public record Decision(
        String item,
        Outcome outcome,
        Procedure procedure,
        List<Guideline> guidelines,
        List<Guideline> claimsAdministratorGuidelines,
        String rationale) {

    public Decision {
        guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
        claimsAdministratorGuidelines = claimsAdministratorGuidelines == null ? List.of() : List.copyOf(claimsAdministratorGuidelines);
    }
}
