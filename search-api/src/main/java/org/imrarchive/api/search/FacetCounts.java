package org.imrarchive.api.search;

import java.util.List;
import java.util.Map;

/**
 * The facet counts of one search.
 *
 * @param counts      per facet parameter, its values with their counts, in display order
 * @param approximate true when the counts were estimated from a random sample of the matching
 *                    decisions (see {@link FacetCounter#EXACT_UP_TO})
 */
public record FacetCounts(Map<String, List<FacetCount>> counts, boolean approximate) {
}
