package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Iterator;
import java.util.Map;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;

class ServerRobustnessTest {

    @Test
    void anUnreachableElasticsearchIs503NeverA500() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ArchiveGateway nowhere = ArchiveGateway.connect(ClusterAddress.local(closedPort), "api-nowhere");
             ApiServer server = ApiServer.start(ApiConfig.defaults().withPort(0), nowhere, new RecordingImportJobs())) {
            ApiClient api = new ApiClient(server.port());

            ApiClient.Answer health = api.get("/api/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().path("elasticsearch").path("status").asText()).isEqualTo("unreachable");

            for (String path : new String[] {"/api/search?q=discogram", "/api/decisions/x", "/api/letters/x",
                    "/api/decisions/x/similar"}) {
                ApiClient.Answer answer = api.get(path);
                assertThat(answer.status()).as(path).isEqualTo(503);
                assertThat(answer.json().path("error").asText()).as(path).contains("Elasticsearch");
                assertThat(answer.body()).doesNotContain("Exception", "at co.");
            }
            assertThat(api.postJson("/api/precedents", "{\"item\": \"Norco\"}").status()).isEqualTo(503);
        }
    }

    @Test
    void missingIndicesAre503WithAMessage() {
        try (ArchiveGateway empty = ArchiveGateway.connect(TestCluster.address(), "api-no-indices")) {
            empty.deleteAll();
            try (ApiServer server = ApiServer.start(ApiConfig.defaults().withPort(0), empty, new RecordingImportJobs())) {
                ApiClient api = new ApiClient(server.port());
                ApiClient.Answer search = api.get("/api/search?q=discogram");
                assertThat(search.status()).isEqualTo(503);
                assertThat(search.json().path("error").asText()).contains("import");
                assertThat(api.get("/api/health").status()).isEqualTo(503);
            }
        }
    }

    @Test
    void openApiDescribesEveryEndpointAndTheDocsPageServesFromTheClasspath() {
        try (ArchiveGateway gateway = TestCluster.freshArchive("api-docs");
             ApiServer server = ApiServer.start(ApiConfig.defaults().withPort(0), gateway, new RecordingImportJobs(),
                     java.util.List.of(app -> app.get("/api/test/ping", ctx -> ctx.json(Map.of("pong", true)))))) {
            ApiClient api = new ApiClient(server.port());

            JsonNode openApi = api.get("/openapi.json").json();
            assertThat(openApi.path("openapi").asText()).startsWith("3.");
            assertThat(openApi.path("paths").fieldNames()).toIterable().contains("/api/search", "/api/decisions/{id}",
                    "/api/decisions/{id}/similar", "/api/letters/{id}", "/api/precedents", "/api/health",
                    "/api/imports", "/api/imports/{id}", "/api/imports/{id}/events", "/openapi.json", "/api/docs",
                    "/api/stats/uphold-rates", "/api/stats/trend", "/api/stats/cross");
            // Every documented path and method is served (answers other than "no such endpoint").
            for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
                String url = path.getKey().replace("{id}", "x");
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next();
                    ApiClient.Answer answer = method.equals("get") ? api.get(url)
                            : api.postJson(url, "{\"item\": \"Norco\"}");
                    assertThat(answer.status()).as(method + " " + url).isNotIn(405, 500);
                    assertThat(answer.body()).as(method + " " + url).doesNotContain("Endpoint");
                }
            }

            ApiClient.Answer page = api.get("/api/docs");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("/webjars/swagger-ui/").doesNotContain("http://", "https://", "<script>");
            String bundle = page.body().replaceAll("(?s).*src=\"(/webjars/[^\"]+swagger-ui-bundle.js)\".*", "$1");
            ApiClient.Answer asset = api.get(bundle);
            assertThat(asset.status()).isEqualTo(200);
            assertThat(asset.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(asset.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(api.get("/api/docs/docs.js").body()).contains("/openapi.json");

            // Routes given by other modules are served with the same error handling and headers.
            ApiClient.Answer stats = api.get("/api/test/ping");
            assertThat(stats.json().path("pong").asBoolean()).isTrue();
            assertThat(stats.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(ApiConfig.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(ApiConfig.defaults().port()).isEqualTo(7070);
    }
}
