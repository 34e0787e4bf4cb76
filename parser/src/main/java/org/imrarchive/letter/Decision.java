package org.imrarchive.letter;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The decision on one disputed item of a letter: the unit every count in the archive is made of.
 *
 * <p>For a partial authorisation, {@code item} is the portion the review decided, {@code originalRequest} what was
 * requested and {@code authorizedPortion} what the claims administrator authorised (both left out of the JSON when
 * the item was not partly authorised). The flags say what a guideline field told instead of a guideline ("did not cite
 * any medical evidence"), for the expert reviewer and the claims administrator (left out when none).
 */
public record Decision(
        String item,
        @JsonInclude(JsonInclude.Include.NON_NULL) String originalRequest,
        @JsonInclude(JsonInclude.Include.NON_NULL) String authorizedPortion,
        Outcome outcome,
        Procedure procedure,
        List<Guideline> guidelines,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<GuidelineFlag> guidelineFlags,
        List<Guideline> claimsAdministratorGuidelines,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<GuidelineFlag> claimsAdministratorGuidelineFlags,
        String rationale) {

    public Decision {
        guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
        guidelineFlags = guidelineFlags == null ? List.of() : List.copyOf(guidelineFlags);
        claimsAdministratorGuidelines = claimsAdministratorGuidelines == null ? List.of() : List.copyOf(claimsAdministratorGuidelines);
        claimsAdministratorGuidelineFlags = claimsAdministratorGuidelineFlags == null ? List.of() : List.copyOf(claimsAdministratorGuidelineFlags);
    }

    /** A decision on an item requested whole, with no guideline flags. */
    public Decision(String item, Outcome outcome, Procedure procedure, List<Guideline> guidelines,
                    List<Guideline> claimsAdministratorGuidelines, String rationale) {
        this(item, null, null, outcome, procedure, guidelines, List.of(), claimsAdministratorGuidelines, List.of(), rationale);
    }
}
