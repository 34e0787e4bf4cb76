package org.imrarchive.api.precedent;

import java.util.List;
import java.util.Map;
import org.imrarchive.api.search.DecisionHit;

/**
 * Decisions like a given one.
 *
 * @param decision the decision compared against
 * @param similar  the most similar decisions, best first (at most {@code size})
 * @param outcomes the outcome split over the whole similar set ({@code setSize} decisions at most)
 * @param reasons  why each of {@code similar} was chosen, keyed by its decision id
 */
public record SimilarResult(DecisionHit decision, List<DecisionHit> similar, OutcomeSplit outcomes,
                            Map<String, PrecedentReasons> reasons) {
}
