package org.imrarchive.parse.read;

import org.imrarchive.letter.Outcome;

/**
 * One disputed item as the letter tells it, before normalisation.
 *
 * @param number                        the item's number in the letter (1-based), or null
 * @param item                          the item as the decision line names it
 * @param outcome                       the outcome the letter states for the item (label or decision sentence), or null
 * @param claimsAdministratorGuidelines the claims administrator's guideline field, as written
 * @param guidelines                    the expert reviewer's guideline field, as written
 * @param guidelinesAreProse            true when {@code guidelines} is prose with explanations, not a list of citations
 * @param rationale                     the decision rationale, as running text
 * @param hasBlock                      true when the item's block was found in the letter (not only named in a list)
 * @param originalRequest               for a partial authorisation, the item as originally requested; else null
 * @param authorizedPortion             for a partial authorisation, what the claims administrator authorised; else null
 */
public record DecisionBlock(Integer number, String item, Outcome outcome, String claimsAdministratorGuidelines,
                            String guidelines, boolean guidelinesAreProse, String rationale, boolean hasBlock,
                            String originalRequest, String authorizedPortion) {

    /** An item requested whole. */
    public DecisionBlock(Integer number, String item, Outcome outcome, String claimsAdministratorGuidelines,
                         String guidelines, boolean guidelinesAreProse, String rationale, boolean hasBlock) {
        this(number, item, outcome, claimsAdministratorGuidelines, guidelines, guidelinesAreProse, rationale, hasBlock, null, null);
    }

    /** An item known only by its name (and perhaps its outcome): no block of fields read for it. */
    public static DecisionBlock named(Integer number, String item, Outcome outcome) {
        return new DecisionBlock(number, item, outcome, null, null, false, null, false);
    }

    /** This item as the portion decided of a partly authorised request (both null: requested whole). */
    public DecisionBlock withRequest(String original, String authorized) {
        return new DecisionBlock(number, item, outcome, claimsAdministratorGuidelines, guidelines, guidelinesAreProse, rationale,
                hasBlock, original, authorized);
    }

    /** This item with the fields of the block read for it; its own outcome stays when it has one. */
    public DecisionBlock withFieldsOf(DecisionBlock block) {
        return new DecisionBlock(number, item, outcome != null ? outcome : block.outcome, block.claimsAdministratorGuidelines,
                block.guidelines, guidelinesAreProse, block.rationale, true, originalRequest, authorizedPortion);
    }
}
