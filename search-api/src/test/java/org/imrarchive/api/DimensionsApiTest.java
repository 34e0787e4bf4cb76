package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.imrarchive.analytics.Dimension;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.junit.jupiter.api.Test;

/** {@code GET /api/dimensions} publishes the vocabulary the UI builds its panels from; it needs no archive. */
class DimensionsApiTest {

    @Test
    void publishesEveryDimensionWithItsUsesAndTheLabelsOfClosedLists() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ArchiveGateway nowhere = ArchiveGateway.connect(ClusterAddress.local(closedPort), "api-dimensions");
             ApiServer server = ApiServer.start(ApiConfig.defaults().withPort(0), nowhere, new RecordingImportJobs())) {
            ApiClient.Answer answer = new ApiClient(server.port()).get("/api/dimensions");
            assertThat(answer.status()).isEqualTo(200);
            JsonNode json = answer.json();

            List<String> names = new ArrayList<>();
            json.path("dimensions").forEach(d -> names.add(d.path("name").asText()));
            assertThat(names).startsWith("outcome", "procedure", "category", "bodyRegion", "guideline", "specialty",
                    "year", "source");
            assertThat(names).hasSize(Dimension.values().length);

            JsonNode outcome = json.path("dimensions").get(0);
            assertThat(outcome.path("label").asText()).isEqualTo("Outcome");
            assertThat(outcome.path("filters").asBoolean()).isTrue();
            assertThat(outcome.path("facets").asBoolean()).isTrue();
            assertThat(outcome.path("groups").asBoolean()).isFalse();
            assertThat(outcome.path("values").asText()).isEqualTo("codes");
            assertThat(outcome.path("codes").get(0).path("value").asText()).isEqualTo("UPHELD");
            assertThat(outcome.path("codes").get(0).path("label").asText()).isEqualTo("Upheld");

            JsonNode region = dimension(json, "bodyRegion");
            assertThat(region.path("label").asText()).isEqualTo("Body region");
            assertThat(region.path("codes").findValuesAsText("label")).contains("Lumbar spine", "Hand / wrist");

            JsonNode procedure = dimension(json, "procedure");
            assertThat(procedure.path("values").asText()).isEqualTo("names");
            assertThat(procedure.path("codes").isNull() || procedure.path("codes").isMissingNode()).isTrue();
            assertThat(procedure.path("multiple").asText()).isEqualTo("repeated");
            assertThat(procedure.path("groups").asBoolean()).isTrue();

            JsonNode year = dimension(json, "year");
            assertThat(year.path("values").asText()).isEqualTo("integers");
            assertThat(year.path("min").asInt()).isEqualTo(1900);

            // Descriptions are for people: no index field names.
            json.path("dimensions").forEach(d -> assertThat(d.path("description").asText()).as(d.path("name").asText())
                    .isNotBlank().doesNotContain("procedure.name", "procedure.category", "procedure.bodyRegion", "guidelineSources", "dmhc."));

            assertThat(json.path("ranges").findValuesAsText("minParameter")).startsWith("from", "ageMin");
            assertThat(json.path("ranges").findValuesAsText("maxParameter")).startsWith("to", "ageMax");
            assertThat(json.path("ranges").findValuesAsText("kind")).startsWith("date", "integer");
        }
    }

    private static JsonNode dimension(JsonNode json, String name) {
        for (JsonNode d : json.path("dimensions")) {
            if (d.path("name").asText().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no dimension " + name);
    }
}
