package org.imrarchive.api.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrarchive.analytics.DecisionFilter;
import org.imrarchive.analytics.Facet;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;

/**
 * Runs a {@link SearchQuery} against the decisions index.
 *
 * <p>Facets follow the "multi-select" pattern: the text query and the range filters
 * ({@link DecisionFilter#baseQuery()}) restrict everything; the facet filters are applied as
 * {@code post_filter} (hits only), and each facet is counted inside a filter aggregation holding
 * every facet filter except its own. Choosing outcome=UPHELD thus still shows how many OVERTURNED
 * decisions the other filters leave. The hits are exactly those {@link DecisionFilter#query()} selects,
 * so the total agrees with the statistics for the same parameters.
 */
public final class DecisionSearch {

    private final ArchiveGateway gateway;

    public DecisionSearch(ArchiveGateway gateway) {
        this.gateway = gateway;
    }

    public SearchResult run(SearchQuery query) {
        int fetch = query.size() == 0 ? 0 : query.size() + 1; // one extra tells whether another page exists
        SearchResponse<DecisionDocument> response = gateway.search(ArchiveIndex.DECISIONS, b -> {
            b.query(query.filter().baseQuery())
                    .postFilter(query.filter().facetFilters())
                    .size(fetch)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(s -> s.filter(f -> f.excludes("rationale", "clinicalSummary", "warnings", "sha256")))
                    .sort(sort(query.sort()));
            for (Facet facet : Facet.values()) {
                b.aggregations(facet.param(), facetAggregation(query, facet));
            }
            if (query.filter().q() != null) {
                b.highlight(Highlights.forSearch());
            }
            query.cursor().ifPresent(c -> b.searchAfter(c.after()));
            return b;
        }, DecisionDocument.class);

        List<Hit<DecisionDocument>> hits = response.hits().hits();
        List<DecisionHit> page = new ArrayList<>();
        for (int i = 0; i < Math.min(hits.size(), query.size()); i++) {
            Hit<DecisionDocument> hit = hits.get(i);
            page.add(DecisionHit.of(hit.source(), hit.score(), Highlights.segments(hit.highlight())));
        }
        String nextCursor = null;
        if (hits.size() > query.size() && query.size() > 0) {
            Hit<DecisionDocument> last = hits.get(query.size() - 1);
            nextCursor = new Cursor(query.sort(), query.fingerprint(), last.sort()).encode();
        }
        long total = response.hits().total() == null ? page.size() : response.hits().total().value();
        return new SearchResult(total, query.size(), query.sort().param(), page, facets(query, response), nextCursor);
    }

    private static Aggregation facetAggregation(SearchQuery query, Facet facet) {
        List<String> selected = query.filter().selected(facet);
        return Aggregation.of(a -> {
            a.filter(query.filter().facetFiltersExcept(facet))
                    .aggregations("values", v -> v.terms(t -> {
                        t.field(facet.field()).size(bucketCount(facet));
                        if (facet == Facet.YEAR) {
                            t.order(co.elastic.clients.util.NamedValue.of("_key", co.elastic.clients.elasticsearch._types.SortOrder.Desc));
                        }
                        return t;
                    }));
            if (!selected.isEmpty()) {
                // Counted apart so a selected value outside the top buckets still shows its true count.
                a.aggregations("selected", v -> v.terms(t -> t.field(facet.field()).size(selected.size())
                        .include(i -> i.terms(selected))));
            }
            return a;
        });
    }

    /** How many values of a facet are listed: enough for the closed lists, the largest for the open ones. */
    private static int bucketCount(Facet facet) {
        return switch (facet) {
            case OUTCOME, GUIDELINE, SOURCE -> 10;
            case CATEGORY, BODY_REGION -> 20;
            case PROCEDURE, SPECIALTY, YEAR -> 30;
        };
    }

    static List<SortOptions> sort(SortOrder order) {
        List<SortOptions> sort = new ArrayList<>();
        if (order == SortOrder.DATE) {
            sort.add(SortOptions.of(s -> s.field(f -> f.field("decisionDate")
                    .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc).missing("_last"))));
        } else {
            sort.add(SortOptions.of(s -> s.score(sc -> sc.order(co.elastic.clients.elasticsearch._types.SortOrder.Desc))));
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("id").order(co.elastic.clients.elasticsearch._types.SortOrder.Asc))));
        return sort;
    }

    private static Map<String, List<FacetCount>> facets(SearchQuery query, SearchResponse<DecisionDocument> response) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Map<String, Aggregate> aggregations = response.aggregations().get(facet.param()).filter().aggregations();
            List<String> selected = query.filter().selected(facet);
            Map<String, Long> counted = buckets(aggregations.get("values"));
            Map<String, Long> selectedCounts = aggregations.containsKey("selected")
                    ? buckets(aggregations.get("selected")) : Map.of();
            List<FacetCount> counts = new ArrayList<>();
            counted.forEach((value, count) -> counts.add(new FacetCount(value, count, selected.contains(value))));
            // A selected value outside the top buckets still shows (with its count, maybe 0) so it can be unselected.
            for (String value : selected) {
                if (!counted.containsKey(value)) {
                    counts.add(new FacetCount(value, selectedCounts.getOrDefault(value, 0L), true));
                }
            }
            facets.put(facet.param(), counts);
        }
        return facets;
    }

    private static Map<String, Long> buckets(Aggregate terms) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (terms == null) {
            return counts;
        }
        if (terms.isSterms()) {
            terms.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        } else if (terms.isLterms()) {
            terms.lterms().buckets().array().forEach(b -> counts.put(Long.toString(b.key()), b.docCount()));
        }
        return counts;
    }
}
