package org.imrarchive.api.precedent;

import java.util.Collection;
import org.imrarchive.letter.Outcome;
import org.imrarchive.storage.DecisionDocument;

/**
 * How a set of comparable decisions went: "of 40 similar decisions on Discography, 31 upheld and 9
 * overturned". Counted exactly over the set (top-ranked decisions the API fetched), not estimated;
 * {@code procedure} names the treatment the set was restricted to, so the reader knows what was compared.
 */
public record OutcomeSplit(int decisions, int upheld, int overturned, String procedure, String summary) {

    /**
     * @param noun      what the decisions are to the reader ("similar", "precedent")
     * @param procedure the procedure the set was restricted to, named in the summary; null if not restricted
     */
    public static OutcomeSplit of(Collection<DecisionDocument> set, String noun, String procedure) {
        int upheld = (int) set.stream().filter(d -> d.outcome() == Outcome.UPHELD).count();
        int overturned = (int) set.stream().filter(d -> d.outcome() == Outcome.OVERTURNED).count();
        String on = procedure == null ? "" : " on " + procedure;
        String summary = set.isEmpty()
                ? "no " + noun + " decisions" + on + " found"
                : "of " + set.size() + " " + noun + " decision" + (set.size() == 1 ? "" : "s") + on + ", "
                        + upheld + " upheld and " + overturned + " overturned";
        return new OutcomeSplit(set.size(), upheld, overturned, procedure, summary);
    }

    /** The procedure name of a decision, or null. */
    static String procedureOf(DecisionDocument d) {
        return d.procedure() == null ? null : d.procedure().name();
    }
}
