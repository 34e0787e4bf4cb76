package org.imrarchive.api.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results.
 *
 * @param total      decisions matching the query and all filters
 * @param size       the page size applied (a requested size above the maximum is capped)
 * @param facets     per facet parameter, its values counted with every other filter applied (so a
 *                   selected value's alternatives keep their counts)
 * @param facetsApproximate true when the facet counts are estimates from a random sample (more than
 *                   100,000 decisions matched); the total is always exact
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
public record SearchResult(long total, int size, String sort, List<DecisionHit> hits,
                           Map<String, List<FacetCount>> facets, boolean facetsApproximate,
                           String nextCursor) {
}
