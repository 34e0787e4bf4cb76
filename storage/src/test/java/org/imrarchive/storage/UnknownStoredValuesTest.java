package org.imrarchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A decision an older archive stored with a name the vocabulary no longer has ("REMANDED", a retired guideline
 * source) still reads: that value is absent, the rest of the decision is there, and a search that finds it answers
 * with every other decision too.
 */
class UnknownStoredValuesTest {

    private static ArchiveGateway gateway;

    @BeforeAll
    static void createArchive() throws Exception {
        gateway = TestCluster.freshArchive("unknown-values-test");
        DecisionDocumentJsonTest.documents().forEach(gateway::putDecision);
        // written as an older version would have, around the gateway
        URI es = TestCluster.address().nodes().get(0);
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        es.resolve("/" + gateway.alias(ArchiveIndex.DECISIONS) + "/_doc/CM13-1-1?refresh=true"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"id":"CM13-1-1","letterId":"CM13-1","itemIndex":1,"item":"Lumbar discogram","outcome":"REMANDED",
                         "procedure":{"name":"Discography","category":"DENTAL","bodyRegion":"LUMBAR_SPINE"},
                         "guidelineSources":["ACOEM_2004","ODG"],"source":"CA_DWC_IMR","format":"FAX_1999"}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        gateway.refresh();
    }

    @AfterAll
    static void close() {
        gateway.deleteAll();
        gateway.close();
    }

    @Test
    void theOldDecisionReadsWithoutTheUnknownValues() {
        DecisionDocument old = gateway.decision("CM13-1-1").orElseThrow();
        assertThat(old.item()).isEqualTo("Lumbar discogram");
        assertThat(old.outcome()).isNull();
        assertThat(old.procedure().category()).isNull();
        assertThat(old.procedure().name()).isEqualTo("Discography");
        assertThat(old.guidelineSources()).containsExactly(GuidelineSource.ODG);
        assertThat(old.format()).isNull();
    }

    @Test
    void aSearchThatFindsItAnswersWithEveryDecision() {
        SearchResponse<DecisionDocument> found = gateway.search(ArchiveIndex.DECISIONS,
                b -> b.query(q -> q.match(m -> m.field("item").query("discogram"))), DecisionDocument.class);
        assertThat(found.hits().hits()).extracting(Hit::id).containsExactlyInAnyOrder("CM13-1-1", "CM16-0000001-1");
        DecisionDocument current = found.hits().hits().stream().filter(h -> h.id().equals("CM16-0000001-1"))
                .findFirst().orElseThrow().source();
        assertThat(current.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(current.procedure().category()).isEqualTo(ProcedureCategory.DIAGNOSTIC_TESTING);
        assertThat(current.importedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }
}
