package org.imrarchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.imrarchive.letter.DmhcCaseType;
import org.imrarchive.letter.GuidelineFlag;
import org.imrarchive.letter.ImrType;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * An archive written with an earlier decisions mapping (v1: no combined {@code text} field; v3: no DMHC columns) is
 * moved to the current version on start: every decision is kept, the alias moves, and what the new version adds
 * works on the copied decisions.
 */
class MigrationTest {

    private static final String PREFIX = "migration-test";
    private final HttpClient http = HttpClient.newHttpClient();

    /** The node this test runs on; {@link MigrationContainerTest} runs it on the official image. */
    ClusterAddress cluster() {
        return TestCluster.address();
    }

    @Test
    void anArchiveOnThePreviousMappingIsCopiedToTheNewOneWithNothingLost() throws Exception {
        ClusterAddress address = cluster();
        URI es = address.nodes().get(0);
        call(es, "DELETE", "/" + PREFIX + "-*", null);
        // The old layout: a v1 index behind the alias, holding decisions without the combined text field.
        call(es, "PUT", "/" + PREFIX + "-decisions-v1", "{\"aliases\":{\"" + PREFIX + "-decisions\":{}}}");
        int decisions = 2_345; // more than one page of the copy
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < decisions; i++) {
            bulk.append("{\"index\":{\"_index\":\"").append(PREFIX).append("-decisions-v1\",\"_id\":\"d-").append(i).append("\"}}\n")
                    .append("{\"id\":\"d-").append(i).append("\",\"outcome\":\"UPHELD\",\"item\":\"Lumbar discogram\",")
                    .append("\"rationale\":\"").append(i == 7 ? "Diskography is not recommended." : "Physical therapy sessions.")
                    .append("\"}\n");
        }
        assertThat(call(es, "POST", "/_bulk?refresh=true", bulk.toString()).body()).contains("\"errors\":false");

        try (ArchiveGateway gateway = ArchiveGateway.connect(address, PREFIX)) {
            gateway.ensureSchema();

            assertThat(gateway.count(ArchiveIndex.DECISIONS)).isEqualTo(decisions);
            assertThat(call(es, "GET", "/_alias/" + PREFIX + "-decisions", null).body())
                    .contains(ArchiveIndex.DECISIONS.versionedName(PREFIX)).doesNotContain(PREFIX + "-decisions-v1");
            assertThat(call(es, "HEAD", "/" + PREFIX + "-decisions-v1", null).statusCode()).isEqualTo(404);
            // The new field is filled from the copied rationale: a synonym query on it finds the one decision.
            var found = gateway.search(ArchiveIndex.DECISIONS,
                    s -> s.query(q -> q.match(m -> m.field("text").query("discogram recommended").operator(
                            co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))), Object.class);
            assertThat(found.hits().hits()).extracting(h -> h.id()).containsExactly("d-7");

            gateway.ensureSchema(); // a second start changes nothing
            assertThat(gateway.count(ArchiveIndex.DECISIONS)).isEqualTo(decisions);
            gateway.deleteAll();
        }
    }

    /**
     * The mapping before the DMHC columns (v3) under strict mapping, holding a 2016-17 letter's decision with the
     * fields v3 brought: after the move every field is still there, the new {@code dmhc} fields are absent on it, and
     * a DMHC row's decision, which v3 would refuse, is stored and found by its Type.
     */
    @Test
    void anArchiveOnTheMappingBeforeTheDmhcColumnsKeepsEveryFieldAndTakesThem() throws Exception {
        String prefix = "migration-v3-test";
        ClusterAddress address = TestCluster.address();
        URI es = address.nodes().get(0);
        try (ArchiveGateway gateway = ArchiveGateway.connect(address, prefix)) {
            gateway.deleteAll();
            var v3 = gateway.schemaDefinition(ArchiveIndex.DECISIONS);
            ((com.fasterxml.jackson.databind.node.ObjectNode) v3.with("mappings").with("properties")).remove("dmhc");
            v3.putObject("aliases").putObject(prefix + "-decisions");
            assertThat(call(es, "PUT", "/" + prefix + "-decisions-v3", v3.toString()).statusCode()).isEqualTo(200);
            String old = "{\"id\":\"CM16-0999001-1\",\"letterId\":\"CM16-0999001\",\"itemIndex\":1,"
                    + "\"item\":\"Physical therapy for 6 sessions\",\"outcome\":\"UPHELD\",\"source\":\"CA_DWC_IMR\","
                    + "\"certifications\":[\"Occupational Medicine\"],\"originalRequest\":\"Physical therapy for 12 sessions\","
                    + "\"guidelineFlags\":[\"OUTSIDE_MTUS\"],\"year\":2017}";
            assertThat(call(es, "PUT", "/" + prefix + "-decisions-v3/_doc/CM16-0999001-1?refresh=true", old).statusCode())
                    .isEqualTo(201);
            // v3 is strict: a DMHC row's columns are refused there, which is why the version moved
            assertThat(call(es, "PUT", "/" + prefix + "-decisions-v3/_doc/x", "{\"dmhc\":{\"caseType\":\"URGENT_CARE\"}}")
                    .statusCode()).isEqualTo(400);

            gateway.ensureSchema();

            assertThat(call(es, "GET", "/_alias/" + prefix + "-decisions", null).body())
                    .contains(ArchiveIndex.DECISIONS.versionedName(prefix)).doesNotContain(prefix + "-decisions-v3");
            DecisionDocument kept = gateway.decision("CM16-0999001-1").orElseThrow();
            assertThat(kept.certifications()).containsExactly("Occupational Medicine");
            assertThat(kept.originalRequest()).isEqualTo("Physical therapy for 12 sessions");
            assertThat(kept.guidelineFlags()).containsExactly(GuidelineFlag.OUTSIDE_MTUS);
            assertThat(kept.dmhc()).isNull();

            DecisionDocument dmhc = new DecisionDocument("MN16-1-1", "MN16-1", "MN16-1", 1, "Hospital stay", Outcome.OVERTURNED,
                    null, List.of(), List.of(), List.of(), null, null, List.of(), null, null, List.of(), null, null, null,
                    2016, null, null, DecisionDocuments.SOURCE_DMHC_IMR, LetterFormat.DMHC_IMR_CSV, null, null, List.of(), null,
                    List.of(), null, null, List.of(), List.of(),
                    new DecisionDocument.DmhcFields(DmhcCaseType.URGENT_CARE, ImrType.EXPEDITED, "65+", 3, 2, "Cardiac/Circulatory", null,
                            "Emergency/Urg Care", null));
            gateway.putDecision(dmhc);
            gateway.refresh();
            var found = gateway.search(ArchiveIndex.DECISIONS,
                    b -> b.query(q -> q.term(t -> t.field("dmhc.caseType").value("URGENT_CARE"))), DecisionDocument.class);
            assertThat(found.hits().hits()).extracting(h -> h.id()).containsExactly("MN16-1-1");
            assertThat(gateway.count(ArchiveIndex.DECISIONS)).isEqualTo(2);
            gateway.deleteAll();
        }
    }

    private HttpResponse<String> call(URI es, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(es.resolve(path))
                .header("Content-Type", path.startsWith("/_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
