package org.imrarchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * An archive written with the previous decisions mapping (v1: no combined {@code text} field) is moved
 * to the current version on start: every decision is kept, the alias moves, and text search works on
 * the copied decisions.
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

    private HttpResponse<String> call(URI es, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(es.resolve(path))
                .header("Content-Type", path.startsWith("/_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
