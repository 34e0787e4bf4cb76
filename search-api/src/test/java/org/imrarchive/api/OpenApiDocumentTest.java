package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.imrarchive.analytics.Dimension;
import org.imrarchive.analytics.Range;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi.json} and the routes cannot drift: every route Javalin serves is documented, every documented
 * route is served, and every filtering dimension and range bound is a parameter of every endpoint that filters.
 * Nothing here needs Elasticsearch, so the server runs against a closed port.
 */
class OpenApiDocumentTest {

    /** Assets of the documentation page, not API endpoints. */
    private static final List<String> UNDOCUMENTED = List.of("GET /api/docs/docs.js");

    static ArchiveGateway nowhere;
    static ApiServer server;
    static JsonNode openApi;

    @BeforeAll
    static void start() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        nowhere = ArchiveGateway.connect(ClusterAddress.local(closedPort), "api-openapi");
        server = ApiServer.start(ApiConfig.defaults().withPort(0), nowhere, new RecordingImportJobs());
        openApi = new ApiClient(server.port()).get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        server.stop();
        nowhere.close();
    }

    @Test
    void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() {
        TreeSet<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                documented.add(methods.next().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        TreeSet<String> served = new TreeSet<>(server.routes());
        served.removeAll(UNDOCUMENTED);
        assertThat(served).as("served but not in openapi.json").isSubsetOf(documented);
        assertThat(documented).as("in openapi.json but not served").isSubsetOf(served);
        assertThat(served).contains("GET /api/dimensions", "GET /api/search", "POST /api/precedents");
    }

    @Test
    void everyEndpointThatFiltersTakesEveryDimensionAndRange() {
        List<String> expected = new ArrayList<>();
        Dimension.filtering().forEach(d -> expected.add(d.name()));
        for (Range r : Range.values()) {
            expected.add(r.minParameter());
            expected.add(r.maxParameter());
        }
        List<String> filtering = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (JsonNode operation : path.getValue()) {
                List<String> names = parameterNames(operation);
                if (names.contains("q")) {
                    filtering.add(path.getKey());
                    assertThat(names).as(path.getKey()).containsAll(expected).doesNotContain("x-imr-filters");
                }
            }
        }
        assertThat(filtering).containsExactlyInAnyOrder("/api/search", "/api/stats/uphold-rates", "/api/stats/trend",
                "/api/stats/cross");
        assertThat(openApi.toString()).doesNotContain("x-imr-");
    }

    @Test
    void closedListsAndGroupingsAreTheVocabularys() {
        JsonNode category = parameter("/api/search", "category");
        assertThat(category.path("schema").path("items").path("enum")).extracting(JsonNode::asText)
                .contains("MEDICATION", "DIAGNOSTIC_IMAGING", "OTHER");
        assertThat(parameter("/api/search", "year").path("schema").path("items").path("minimum").asInt()).isEqualTo(1900);
        assertThat(parameter("/api/search", "procedure").path("description").asText()).contains("commas do not separate");
        assertThat(parameter("/api/stats/trend", "ageMax").path("schema").path("maximum").asInt()).isEqualTo(130);
        List<String> groupings = Dimension.groupings().stream().map(Enum::name).toList();
        for (String[] p : new String[][] {{"/api/stats/uphold-rates", "by"}, {"/api/stats/cross", "rows"},
                {"/api/stats/cross", "cols"}}) {
            assertThat(parameter(p[0], p[1]).path("schema").path("enum")).extracting(JsonNode::asText)
                    .as(p[1]).containsExactlyElementsOf(groupings);
        }
        assertThat(openApi.path("components").path("schemas").path("BodyRegion").path("enum"))
                .extracting(JsonNode::asText).contains("LUMBAR_SPINE", "HAND_WRIST");
    }

    /** A parameter of the GET at {@code path}, its $ref resolved. */
    private static JsonNode parameter(String path, String name) {
        for (JsonNode p : openApi.path("paths").path(path).path("get").path("parameters")) {
            JsonNode resolved = resolve(p);
            if (resolved.path("name").asText().equals(name)) {
                return resolved;
            }
        }
        throw new AssertionError(path + " has no parameter " + name);
    }

    private static List<String> parameterNames(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(p -> names.add(resolve(p).path("name").asText()));
        return names;
    }

    private static JsonNode resolve(JsonNode parameter) {
        String ref = parameter.path("$ref").asText("");
        return ref.isEmpty() ? parameter
                : openApi.path("components").path("parameters").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
