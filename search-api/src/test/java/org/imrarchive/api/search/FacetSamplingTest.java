package org.imrarchive.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.util.List;
import java.util.Map;
import org.imrarchive.letter.Outcome;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.DecisionDocuments;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facet counts over many matching decisions are estimated from a random sample, and the answer says
 * so; the total stays exact. Here the limits are lowered (exact up to 1,000 decisions, samples of
 * 1,500) so that 6,000 decisions show what an archive of hundreds of thousands does.
 */
class FacetSamplingTest {

    static final int DECISIONS = 6_000;
    static ArchiveGateway gateway;

    @BeforeAll
    static void load() {
        gateway = TestCluster.freshArchive("api-facet-sampling");
        String index = gateway.alias(ArchiveIndex.DECISIONS);
        try (BulkIngester<Void> ingester = gateway.bulkIngester(new BulkListener<>() {
            @Override
            public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {
            }

            @Override
            public void afterBulk(long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
                assertThat(response.errors()).isFalse();
            }

            @Override
            public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
                throw new AssertionError(failure);
            }
        }, 1_000, 1)) {
            for (int i = 0; i < DECISIONS; i++) {
                DecisionDocument d = decision(i);
                ingester.add(op -> op.index(x -> x.index(index).id(d.id()).document(d)));
            }
        }
        gateway.refresh();
    }

    @AfterAll
    static void close() {
        gateway.deleteAll();
        gateway.close();
    }

    /** Two in three upheld; the years 2013-2016 in turn, so each year holds a quarter. */
    static DecisionDocument decision(int i) {
        return new DecisionDocument("d-" + i, "letter-" + i, null, 1, "Physical therapy", i % 3 == 0 ? Outcome.OVERTURNED : Outcome.UPHELD,
                null, List.of(), List.of(), List.of(), "Physical therapy is recommended.", null, List.of(), null, null,
                List.of(), null, null, null, 2013 + i % 4, null, null, DecisionDocuments.SOURCE_CA_DWC_IMR, null, null, null,
                List.of(), null);
    }

    static SearchResult search(FacetCounter counter, String... params) {
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            parameters.put(params[i], List.of(params[i + 1]));
        }
        return new DecisionSearch(gateway, counter).run(SearchQuery.parse(parameters));
    }

    static long count(SearchResult result, String facet, String value) {
        return result.facets().get(facet).stream().filter(f -> f.value().equals(value)).findFirst().orElseThrow().count();
    }

    @Test
    void aboveTheLimitCountsAreEstimatedAndFlaggedButTheTotalIsExact() {
        FacetCounter sampling = new FacetCounter(gateway, 1_000, 1_500);

        SearchResult all = search(sampling, "q", "physical therapy");
        assertThat(all.total()).isEqualTo(DECISIONS);
        assertThat(all.facetsApproximate()).isTrue();
        // A sample of ~1,500 of 6,000: counts within a few standard errors of the truth.
        assertThat(count(all, "outcome", "UPHELD")).isCloseTo(4_000, within(400L));
        assertThat(count(all, "outcome", "OVERTURNED")).isCloseTo(2_000, within(400L));
        assertThat(count(all, "year", "2014")).isCloseTo(1_500, within(300L));

        // A filtered facet is still counted without its own filter, and the other facets within it.
        SearchResult upheld = search(sampling, "q", "physical therapy", "outcome", "UPHELD");
        assertThat(upheld.total()).isEqualTo(4_000);
        assertThat(upheld.facetsApproximate()).isTrue();
        assertThat(count(upheld, "outcome", "OVERTURNED")).isCloseTo(2_000, within(400L));
        assertThat(count(upheld, "year", "2015")).isCloseTo(1_000, within(250L));

        // The same sample every time: paging through results does not make the counts jump.
        assertThat(search(sampling, "q", "physical therapy").facets()).isEqualTo(all.facets());
    }

    @Test
    void atOrBelowTheLimitCountsAreExact() {
        SearchResult all = search(new FacetCounter(gateway), "q", "physical therapy");
        assertThat(all.facetsApproximate()).isFalse();
        assertThat(count(all, "outcome", "UPHELD")).isEqualTo(4_000);
        assertThat(count(all, "year", "2014")).isEqualTo(1_500);

        // Few enough decisions left by a filter: exact, even with the lowered limits.
        SearchResult one = search(new FacetCounter(gateway, 1_000, 1_500), "q", "physical therapy", "year", "2016",
                "outcome", "OVERTURNED");
        assertThat(one.total()).isEqualTo(500);
        assertThat(one.facetsApproximate()).isFalse();
        assertThat(count(one, "year", "2013")).isEqualTo(500);
        assertThat(count(one, "outcome", "UPHELD")).isEqualTo(1_000);
    }
}
