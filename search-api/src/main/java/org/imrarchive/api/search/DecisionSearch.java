package org.imrarchive.api.search;

import io.javalin.http.BadRequestResponse;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;
import org.imrarchive.analytics.DecisionFilter;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;

/**
 * Runs a {@link SearchQuery} against the decisions index: one request for the page of hits (exact
 * total, highlights, cursor), then the facet counts ({@link FacetCounter}). The hits are exactly those
 * {@link DecisionFilter#query()} selects, so the total agrees with the statistics for the same parameters.
 * Facets are counted apart because they cost most at archive scale and are sampled above
 * {@link FacetCounter#EXACT_UP_TO} matches, which needs the total first.
 */
public final class DecisionSearch {

    private final ArchiveGateway gateway;
    private final FacetCounter facetCounter;
    private final ProcedureBoost procedureBoost = new ProcedureBoost();

    public DecisionSearch(ArchiveGateway gateway) {
        this(gateway, new FacetCounter(gateway));
    }

    DecisionSearch(ArchiveGateway gateway, FacetCounter facetCounter) {
        this.gateway = gateway;
        this.facetCounter = facetCounter;
    }

    public SearchResult run(SearchQuery query) {
        int fetch = query.size() == 0 ? 0 : query.size() + 1; // one extra tells whether another page exists
        SearchResponse<DecisionDocument> response;
        try {
            response = page(query, fetch);
        } catch (ElasticsearchException e) {
            if (query.cursor().isPresent() && e.status() == 400) {
                // The cursor passed its checks yet Elasticsearch cannot start after it: say which parameter.
                throw new BadRequestResponse(Cursor.INVALID);
            }
            throw e;
        }

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
        FacetCounts facets = facetCounter.count(query.filter(), total);
        return new SearchResult(total, query.size(), query.sort().param(), page, facets.counts(),
                facets.approximate(), nextCursor);
    }

    private SearchResponse<DecisionDocument> page(SearchQuery query, int fetch) {
        return gateway.search(ArchiveIndex.DECISIONS, b -> {
            b.query(query.sort() == SortOrder.RELEVANCE
                            ? procedureBoost.rank(query.filter().query(), query.filter().q())
                            : query.filter().query())
                    .size(fetch)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(s -> s.filter(f -> f.excludes("rationale", "clinicalSummary", "warnings", "sha256",
                            ArchiveGateway.EMBEDDING_FIELD)))
                    .sort(sort(query.sort()));
            if (query.filter().q() != null) {
                b.highlight(Highlights.forSearch());
            }
            query.cursor().ifPresent(c -> b.searchAfter(c.after()));
            return b;
        }, DecisionDocument.class);
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
}
