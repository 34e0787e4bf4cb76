package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14.1: every query the API builds from user text has a bounded cost, a full archive answers 429 with
 * Retry-After, and no answer carries Elasticsearch's wording. Timings are in RELIABILITY.md ("Query cost");
 * these tests check what a client sees.
 */
class QueryCostTest {

    /** A 700-character disputed item of the wording letters use, with many synonym-bearing terms. */
    static final String LONG_ITEM = ("Physical therapy two times a week for six weeks for the lumbar spine and a TENS unit "
            + "with supplies, a urine drug screen, Norco 10/325 mg number sixty, an MRI of the lumbar spine without "
            + "contrast, electromyography and nerve conduction studies of the bilateral lower extremities, a lumbar "
            + "epidural steroid injection at L4-5 and L5-S1, chiropractic treatment, acupuncture, cognitive behavioral "
            + "therapy, a functional restoration program, home exercise, a back brace, a cane, a hot and cold unit, "
            + "topical compound cream, and a follow up visit with the pain management physician for medication "
            + "management and a consultation with an orthopedic spine surgeon for the lumbar spine and physical therapy "
            + "for the cervical spine.").substring(0, 700);

    static ArchiveGateway gateway;
    static ApiServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        gateway = TestCluster.freshArchive("api-query-cost");
        TestCorpus.load(gateway);
        server = ApiServer.start(ApiConfig.defaults().withPort(0), gateway, new RecordingImportJobs());
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        gateway.close();
    }

    static String precedentBody(String item) {
        return new ObjectMapper().createObjectNode().put("item", item).toString();
    }

    @Test
    void theIssuesPrecedentRequestsAnswerWithPrecedents() {
        for (String item : List.of("ncv uds tens ct ncv uds tens", "rfa cbt rfa rfa cbt pt uds ncv", LONG_ITEM)) {
            ApiClient.Answer answer = api.postJson("/api/precedents", precedentBody(item));
            assertThat(answer.status()).as(item).isEqualTo(200);
            assertThat(answer.json().path("precedents").isArray()).as(item).isTrue();
        }
        // Synonyms still find precedents through the loose clause: "pt" is physical therapy.
        JsonNode pt = api.postJson("/api/precedents", precedentBody("rfa cbt rfa rfa cbt pt uds ncv")).json();
        assertThat(pt.path("precedents").get(0).path("decision").path("procedure").path("name").asText())
                .isEqualTo("Physical therapy");
    }

    @Test
    void theLongestAllowedPrecedentRequestAnswers() {
        String abbreviations = "pt tens ct ncv rfa cbt uds emg mri esi ".repeat(26).substring(0, 1000);
        String body = new ObjectMapper().createObjectNode().put("item", abbreviations).put("guideline", abbreviations)
                .put("clinicalSummary", LONG_ITEM.repeat(20)).toString();
        ApiClient.Answer answer = api.postJson("/api/precedents", body);
        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void sloppyPhrasesAndFuzzyWordsInTheSearchBoxAnswer() {
        for (String q : List.of("\"rfa cbt rfa rfa cbt pt uds ncv\"~3", "rfa~2 cbt~2 tens~2", "\"pt uds ncv\"~10 | discogram")) {
            ApiClient.Answer answer = api.get("/api/search?q=" + ApiClient.enc(q));
            assertThat(answer.status()).as(q).isEqualTo(200);
            ApiClient.Answer stats = api.get("/api/stats/uphold-rates?by=procedure&q=" + ApiClient.enc(q));
            assertThat(stats.status()).as(q).isEqualTo(200);
        }
    }

    @Test
    void tooManyWordsOrPrefixesInQAreA400NamingQ() {
        String many = String.join(" ", java.util.Collections.nCopies(33, "pt"));
        for (String q : List.of(many, "a*", "lum* kne* phy* cer* sho*")) {
            ApiClient.Answer answer = api.get("/api/search?q=" + ApiClient.enc(q));
            assertThat(answer.status()).as(q).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).as(q).startsWith("q");
        }
        assertThat(api.get("/api/search?q=" + ApiClient.enc("lum* kne*")).status()).isEqualTo(200);
    }

    @Test
    void aForgedCursorIsA400NamingTheCursorNeverElasticsearchWording() throws Exception {
        for (String sort : List.of("relevance", "date")) {
            String search = "/api/search?size=1&sort=" + sort + (sort.equals("relevance") ? "&q=discogram" : "");
            String cursor = api.get(search).json().path("nextCursor").asText();
            ObjectNode decoded = (ObjectNode) new ObjectMapper().readTree(Base64.getUrlDecoder().decode(cursor));
            for (String forged : List.of("[\"abc\", \"x\"]", "[null, \"x\"]", "[1.5, 7]", "[{\"a\":1}, \"x\"]")) {
                decoded.set("a", (ArrayNode) new ObjectMapper().readTree(forged));
                String token = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(decoded.toString().getBytes(StandardCharsets.UTF_8));
                ApiClient.Answer answer = api.get(search + "&cursor=" + token);
                assertThat(answer.status()).as(sort + " " + forged).isEqualTo(400);
                assertThat(answer.json().path("error").asText()).as(sort + " " + forged)
                        .startsWith("cursor").doesNotContain("shards");
            }
        }
    }

    @Test
    void searchesBeyondTheConfiguredLimitAre429WithRetryAfter() throws Exception {
        ApiConfig oneAtATime = ApiConfig.defaults().withPort(0).withSearchLimits(new SearchLimits(1, 1));
        try (ApiServer small = ApiServer.start(oneAtATime, gateway, new RecordingImportJobs())) {
            ApiClient client = new ApiClient(small.port());
            int requests = 24;
            ExecutorService pool = Executors.newFixedThreadPool(requests);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return client.postJson("/api/precedents", precedentBody(LONG_ITEM));
                }));
            }
            go.countDown();
            List<ApiClient.Answer> done = new ArrayList<>();
            for (Future<ApiClient.Answer> a : answers) {
                done.add(a.get());
            }
            pool.shutdown();
            assertThat(done).allSatisfy(a -> assertThat(a.status()).isIn(200, 429));
            List<ApiClient.Answer> refused = done.stream().filter(a -> a.status() == 429).toList();
            assertThat(refused).isNotEmpty();
            assertThat(done).anySatisfy(a -> assertThat(a.status()).isEqualTo(200));
            assertThat(refused).allSatisfy(a -> {
                assertThat(a.header("Retry-After")).isEqualTo("1");
                assertThat(a.json().path("error").asText()).startsWith("the archive is busy");
            });
            // Once the burst is over, the next search gets in.
            assertThat(client.postJson("/api/precedents", precedentBody("Lumbar discogram")).status()).isEqualTo(200);
        }
    }

    @Test
    void anElasticsearchCircuitBreakerIs429WithRetryAfterNotUnreachable() throws Exception {
        URI node = TestCluster.address().nodes().get(0);
        // The request breaker, as a node under heavy load would have it: every aggregation is over its limit.
        breakerLimit(node, "\"1b\"");
        try {
            for (String path : List.of("/api/search?q=discogram", "/api/stats/uphold-rates?by=procedure",
                    "/api/stats/trend?interval=year")) {
                ApiClient.Answer answer = api.get(path);
                assertThat(answer.status()).as(path).isEqualTo(429);
                assertThat(answer.header("Retry-After")).as(path).isNotNull();
                assertThat(answer.json().path("error").asText()).as(path)
                        .isEqualTo("the archive is busy: try again in a few seconds");
            }
        } finally {
            breakerLimit(node, "null");
        }
        assertThat(api.get("/api/stats/uphold-rates?by=procedure").status()).isEqualTo(200);
    }

    private static void breakerLimit(URI node, String limit) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.resolve("/_cluster/settings"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"persistent\":{\"indices.breaker.request.limit\":" + limit + "}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
