package org.imrarchive.parse.extract;

import org.imrarchive.letter.Outcome;

/** One disputed item as the letter tells it, before normalisation. Mutable while being read; confined to one parse. */
public final class RawDecision {
    /** The item's number in the letter (1-based), or null. */
    public Integer number;
    /** The item as the decision line names it. */
    public String item;
    /** The outcome the letter states for the item (label or decision sentence), or null. */
    public Outcome outcome;
    /** The claims administrator's guideline field, as written. */
    public String claimsAdministratorGuidelines;
    /** The expert reviewer's guideline field, as written. */
    public String guidelines;
    /** True when {@link #guidelines} is prose with explanations, not a list of citations. */
    public boolean guidelinesAreProse;
    /** The decision rationale, as running text. */
    public String rationale;
    /** True when the item's block was found in the letter (not only named in a list). */
    public boolean hasBlock;

    @Override
    public String toString() {
        return "RawDecision[" + number + ", " + item + ", " + outcome + "]";
    }
}
