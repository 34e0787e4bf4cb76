package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {

    ArchiveGateway gateway;
    ApiServer server;
    ApiClient api;
    List<DecisionDocument> corpus;

    /** The node these tests run on; {@link SearchApiContainerTest} runs them on the official image. */
    ClusterAddress cluster() {
        return TestCluster.address();
    }

    @BeforeAll
    void start() {
        gateway = TestCluster.freshArchive(cluster(), "api-search");
        TestCorpus.load(gateway);
        corpus = TestCorpus.documents();
        server = ApiServer.start(ApiConfig.defaults().withPort(0), gateway, new RecordingImportJobs());
        api = new ApiClient(server.port());
    }

    @AfterAll
    void stop() {
        server.stop();
        gateway.close();
    }

    static List<JsonNode> hits(JsonNode result) {
        return StreamSupport.stream(result.path("hits").spliterator(), false).toList();
    }

    static List<String> procedures(JsonNode result) {
        return hits(result).stream().map(h -> h.path("procedure").path("name").asText()).toList();
    }

    static List<String> ids(JsonNode result) {
        return hits(result).stream().map(h -> h.path("id").asText()).toList();
    }

    @Test
    void discogramFindsTheDiscographyDecisionsBeforeLettersThatOnlyMentionIt() {
        JsonNode result = api.get("/api/search?q=discogram").json();

        // 3 lumbar + 1 cervical discography; the fusion and the ESI letter only mention discography.
        assertThat(procedures(result).subList(0, 4)).containsOnly("Discography");
        assertThat(ids(result)).contains("fusion-1");
        assertThat(ids(result).indexOf("fusion-1")).isGreaterThan(3);
    }

    @Test
    void lumbarDiscogramRanksLumbarDiscographyFirst() {
        JsonNode result = api.get("/api/search?q=" + ApiClient.enc("lumbar discogram")).json();

        assertThat(hits(result).subList(0, 3)).allSatisfy(h -> {
            assertThat(h.path("procedure").path("name").asText()).isEqualTo("Discography");
            assertThat(h.path("procedure").path("bodyRegion").asText()).isEqualTo("LUMBAR_SPINE");
        });
    }

    @Test
    void esiFindsEpiduralSteroidInjections() {
        JsonNode result = api.get("/api/search?q=ESI").json();

        long injections = corpus.stream().filter(d -> d.procedure().name().equals("Epidural steroid injection")).count();
        assertThat(injections).isEqualTo(4);
        assertThat(procedures(result).subList(0, 4)).containsOnly("Epidural steroid injection");
        assertThat(ids(result)).contains("esi-1-1", "esi-2-1", "esi-cervical-1", "dmhc-1-1");
    }

    @Test
    void phrasesExclusionsAndOr() {
        JsonNode phrase = api.get("/api/search?q=" + ApiClient.enc("\"epidural steroid\" -cervical")).json();
        assertThat(ids(phrase)).contains("esi-1-1", "esi-2-1").doesNotContain("esi-cervical-1");

        JsonNode or = api.get("/api/search?q=" + ApiClient.enc("ketoprofen OR hydrocodone")).json();
        assertThat(ids(or)).contains("markup-1", "norco-2-1");

        JsonNode and = api.get("/api/search?q=" + ApiClient.enc("ketoprofen hydrocodone")).json();
        assertThat(and.path("total").asLong()).isZero();
    }

    @Test
    void highlightsAreSegmentsMarkingTheMatches() {
        JsonNode hit = hits(api.get("/api/search?q=discogram").json()).get(0);

        JsonNode item = hit.path("highlights").path("item").get(0);
        assertThat(item).isNotNull();
        List<JsonNode> matches = StreamSupport.stream(item.spliterator(), false)
                .filter(s -> s.path("match").asBoolean()).toList();
        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).path("text").asText().toLowerCase()).startsWith("disco");
        StringBuilder joined = new StringBuilder();
        item.forEach(s -> joined.append(s.path("text").asText()));
        assertThat(joined.toString()).isEqualTo(hit.path("item").asText());
    }

    @Test
    void markupFromALetterNeverReachesTheResponseAsMarkup() {
        ApiClient.Answer answer = api.get("/api/search?q=ketoprofen");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("<script", "</script", "<b>");
        assertThat(answer.body()).contains("\\u003Cscript");
        assertThat(answer.header("Content-Type")).startsWith("application/json");

        JsonNode hit = hits(answer.json()).get(0);
        // The data itself is intact: a client renders it as text and shows what the letter says.
        assertThat(hit.path("item").asText()).contains(TestCorpus.SCRIPT);
        hit.path("highlights").forEach(fragments -> fragments.forEach(fragment -> fragment.forEach(segment ->
                assertThat(segment.fieldNames()).toIterable().containsExactlyInAnyOrder("text", "match"))));

        ApiClient.Answer letter = api.get("/api/letters/markup");
        assertThat(letter.body()).doesNotContain("<script");
        assertThat(letter.json().path("clinicalSummary").asText()).contains(TestCorpus.SCRIPT);
    }

    @Test
    void facetCountsIgnoreTheirOwnFilterButApplyTheOthers() {
        long upheld = corpus.stream().filter(d -> d.outcome() == Outcome.UPHELD).count();
        long overturned = corpus.size() - upheld;

        JsonNode result = api.get("/api/search?outcome=UPHELD&size=100").json();
        assertThat(result.path("total").asLong()).isEqualTo(upheld);
        assertThat(hits(result)).allSatisfy(h -> assertThat(h.path("outcome").asText()).isEqualTo("UPHELD"));
        assertThat(facet(result, "outcome", "UPHELD")).isEqualTo(upheld);
        assertThat(facet(result, "outcome", "OVERTURNED")).isEqualTo(overturned);
        assertThat(selected(result, "outcome")).containsExactly("UPHELD");
        // Other facets count within the outcome filter: 3 upheld discographies (2 lumbar, 1 cervical).
        assertThat(facet(result, "procedure", "Discography")).isEqualTo(3);
        assertThat(facet(result, "category", "DIAGNOSTIC_TESTING")).isEqualTo(3);

        JsonNode both = api.get("/api/search?outcome=upheld&procedure=Discography").json();
        assertThat(both.path("total").asLong()).isEqualTo(3);
        assertThat(facet(both, "outcome", "UPHELD")).isEqualTo(3);
        assertThat(facet(both, "outcome", "OVERTURNED")).isEqualTo(1);
        assertThat(facet(both, "procedure", "Discography")).isEqualTo(3);
        assertThat(facet(both, "procedure", "MRI")).isEqualTo(1);
        assertThat(facet(both, "bodyRegion", "LUMBAR_SPINE")).isEqualTo(2);
        assertThat(facet(both, "guideline", "MTUS_ACOEM")).isEqualTo(3);
    }

    @Test
    void severalValuesOfOneFilterAreAlternatives() {
        JsonNode result = api.get("/api/search?category=INJECTION,DIAGNOSTIC_TESTING&size=100").json();
        long expected = corpus.stream().filter(d -> List.of(ProcedureCategory.INJECTION, ProcedureCategory.DIAGNOSTIC_TESTING)
                .contains(d.procedure().category())).count();
        assertThat(result.path("total").asLong()).isEqualTo(expected);
        assertThat(selected(result, "category")).containsExactlyInAnyOrder("INJECTION", "DIAGNOSTIC_TESTING");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "outcome=UPHELD&outcome=OVERTURNED", "outcome=upheld,overturned&specialty=Anesthesiology,Pain%20Medicine",
            "specialty=Anesthesiology&specialty=Orthopedic%20Surgery&year=2014,2015", "q=discogram&outcome=UPHELD",
            "q=ketoprofen+OR+hydrocodone", "q=%22epidural+steroid%22+-cervical&ageMin=40&ageMax=61",
            "category=INJECTION,DIAGNOSTIC_TESTING&from=2014-01-01&to=2014-12-31",
            "procedure=Discography&bodyRegion=lumbar%20spine&source=CA_DWC_IMR&guideline=ODG&guideline=MTUS_ACOEM"})
    void searchAndTheStatisticsCountTheSameDecisionsForTheSameFilters(String filters) {
        long searched = api.get("/api/search?size=0&" + filters).json().path("total").asLong();
        JsonNode stats = api.get("/api/stats/uphold-rates?" + filters).json();

        assertThat(stats.path("total").path("decisions").asLong()).as(filters).isEqualTo(searched);
        assertThat(searched).as(filters).isPositive();
    }

    @Test
    void repeatedAndCommaSeparatedValuesSelectTheSameDecisionsInSearchAndStatistics() {
        long anesthesiologyOrPain = corpus.stream()
                .filter(d -> d.specialty() != null && List.of("Anesthesiology", "Pain Medicine").contains(d.specialty()))
                .count();
        for (String filters : List.of("specialty=Anesthesiology,Pain%20Medicine",
                "specialty=Anesthesiology&specialty=Pain%20Medicine")) {
            assertThat(api.get("/api/search?size=0&" + filters).json().path("total").asLong()).as(filters)
                    .isEqualTo(anesthesiologyOrPain);
            assertThat(api.get("/api/stats/uphold-rates?" + filters).json().path("total").path("decisions").asLong())
                    .as(filters).isEqualTo(anesthesiologyOrPain);
        }
        assertThat(api.get("/api/stats/uphold-rates?outcome=UPHELD&outcome=OVERTURNED").json()
                .path("total").path("decisions").asLong()).isEqualTo(corpus.size());

        // A bad value is the same 400, with what is allowed, on both.
        for (String path : List.of("/api/search", "/api/stats/uphold-rates", "/api/stats/trend")) {
            ApiClient.Answer answer = api.get(path + "?outcome=UPHELD,MAYBE");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).as(path)
                    .isEqualTo("outcome must be one of UPHELD, OVERTURNED, got 'MAYBE'");
        }
    }

    @Test
    void filtersOnGuidelineSourceSpecialtyAndYear() {
        JsonNode odg = api.get("/api/search?guideline=ODG").json();
        assertThat(ids(odg)).containsExactlyInAnyOrder("disco-2-1", "esi-cervical-1");

        JsonNode dmhc = api.get("/api/search?source=DMHC_IMR").json();
        assertThat(ids(dmhc)).containsExactly("dmhc-1-1");
        assertThat(facet(dmhc, "source", "CA_DWC_IMR")).isEqualTo(corpus.size() - 1);

        JsonNode anesthesiology = api.get("/api/search?specialty=" + ApiClient.enc("Anesthesiology") + "&year=2014").json();
        assertThat(ids(anesthesiology)).containsExactlyInAnyOrder("disco-3-1", "disco-3-2", "esi-2-1");
    }

    @Test
    void dateAndAgeRanges() {
        JsonNode in2014 = api.get("/api/search?from=2014-01-01&to=2014-12-31&size=100").json();
        long expected = corpus.stream().filter(d -> d.year() != null && d.year() == 2014).count();
        assertThat(in2014.path("total").asLong()).isEqualTo(expected);
        assertThat(hits(in2014)).allSatisfy(h -> assertThat(h.path("decisionDate").asText()).startsWith("2014-"));

        JsonNode older = api.get("/api/search?ageMin=55&ageMax=61&size=100").json();
        assertThat(hits(older)).isNotEmpty().allSatisfy(h ->
                assertThat(h.path("patientAge").asInt()).isBetween(55, 61));
    }

    @Test
    void sortByDateIsNewestFirstWithUndatedLast() {
        JsonNode result = api.get("/api/search?sort=date&size=100").json();
        List<JsonNode> hits = hits(result);
        assertThat(hits.get(hits.size() - 1).path("id").asText()).isEqualTo("undated-1");
        List<String> dates = hits.subList(0, hits.size() - 1).stream().map(h -> h.path("decisionDate").asText()).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void cursorPagingVisitsEveryHitExactlyOnce() {
        for (String search : List.of("sort=date", "sort=relevance", "q=pain", "q=" + ApiClient.enc("medically necessary") + "&sort=date")) {
            long total = api.get("/api/search?size=0&" + search).json().path("total").asLong();
            assertThat(total).as(search).isGreaterThan(4);
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = api.get("/api/search?size=3&" + search + (cursor == null ? "" : "&cursor=" + cursor)).json();
                seen.addAll(ids(page));
                cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
                pages++;
            } while (cursor != null && pages < 50);
            assertThat(seen).as(search).hasSize((int) total);
            assertThat(new HashSet<>(seen)).as(search).hasSize((int) total);
        }
    }

    @Test
    void sizeIsCappedAndZeroGivesOnlyCountsAndFacets() {
        JsonNode capped = api.get("/api/search?size=1000").json();
        assertThat(capped.path("size").asInt()).isEqualTo(100);

        JsonNode counts = api.get("/api/search?size=0").json();
        assertThat(counts.path("hits")).isEmpty();
        assertThat(counts.path("total").asLong()).isEqualTo(corpus.size());
        assertThat(counts.path("nextCursor").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "size=-1", "size=abc", "size=1.5", "from=notadate", "to=2014-13-45", "outcome=MAYBE", "category=PIZZA",
            "bodyRegion=spleen", "guideline=WIKIPEDIA", "year=20x4", "ageMin=abc", "ageMax=-3", "ageMin=60&ageMax=20",
            "from=2015-01-01&to=2014-01-01", "sort=sideways", "cursor=garbage", "cursor=eyJzIjoiZGF0ZSJ9",
            "q=%22lumbar+discogram", "q=(lumbar+discogram", "q=lumbar)", "q=a+%22b%22+%22c"})
    void badParametersAre400WithAMessage(String query) {
        ApiClient.Answer answer = api.get("/api/search?" + query);

        assertThat(answer.status()).as(query).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).as(query).isNotBlank();
        assertThat(answer.json().path("status").asInt()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception", "at org.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=%ZZ", "/api/search?size=%", "/api/search?q=%E0%A4%A", "/api/decisions/%ZZ",
            "/api/search?outcome=%00"})
    void malformedUrlsAreNever500(String target) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            // Jetty decodes leniently (200 with a replacement character) or refuses (400); never a 500.
            assertThat(status).as(target).isLessThan(500);
            assertThat(response).as(target).doesNotContain("Exception", "at org.", "at java.");
        }
    }

    @Test
    void invalidEnumValuesListTheAllowedOnes() {
        String message = api.get("/api/search?outcome=MAYBE").json().path("error").asText();
        assertThat(message).contains("outcome", "UPHELD", "OVERTURNED", "MAYBE");

        assertThat(api.get("/api/search?q=" + ApiClient.enc("\"lumbar discogram")).json().path("error").asText())
                .contains("quote");
        assertThat(api.get("/api/search?q=" + ApiClient.enc("(lumbar")).json().path("error").asText()).contains("(");
    }

    @Test
    void aCursorOfAnotherSearchIsRefused() {
        String cursor = api.get("/api/search?size=2&sort=date").json().path("nextCursor").asText();
        assertThat(api.get("/api/search?size=2&sort=date&cursor=" + cursor).status()).isEqualTo(200);
        assertThat(api.get("/api/search?size=2&sort=date&outcome=UPHELD&cursor=" + cursor).status()).isEqualTo(400);
        assertThat(api.get("/api/search?size=2&sort=relevance&cursor=" + cursor).status()).isEqualTo(400);
    }

    @Test
    void decisionAndLetterByIdOr404() {
        JsonNode decision = api.get("/api/decisions/disco-1-1").json();
        assertThat(decision.path("item").asText()).isEqualTo("Lumbar discogram L3-4, L4-5, L5-S1");
        assertThat(decision.path("rationale").asText()).contains("discography");
        assertThat(decision.path("decisionDate").asText()).isEqualTo("2014-04-10");

        JsonNode letter = api.get("/api/letters/disco-3").json();
        assertThat(letter.path("decisions")).hasSize(2);
        assertThat(letter.path("dates").path("assigned").asText()).isEqualTo("2014-09-15");

        for (String path : List.of("/api/decisions/nope", "/api/letters/nope", "/api/decisions/nope/similar")) {
            ApiClient.Answer missing = api.get(path);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.json().path("error").asText()).as(path).contains("nope");
        }
    }

    @Test
    void unknownEndpointsAnswerJson404() {
        ApiClient.Answer answer = api.get("/api/nothing-here");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/api/search?q=discogram", "/api/search?size=-1", "/api/decisions/nope",
                "/api/nothing-here", "/openapi.json", "/api/health")) {
            ApiClient.Answer answer = api.get(path);
            assertThat(answer.header("Content-Security-Policy")).as(path)
                    .isEqualTo("default-src 'self'; object-src 'none'; frame-ancestors 'none'");
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
        ApiClient.Answer ui = api.get("/");
        if (ui.status() == 200) { // the web module's static UI, when present
            assertThat(ui.header("Content-Security-Policy")).isEqualTo("default-src 'self'; object-src 'none'; frame-ancestors 'none'");
            assertThat(ui.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        // The docs page may use inline styles (Swagger UI), never inline or foreign scripts.
        assertThat(api.get("/api/docs").header("Content-Security-Policy")).startsWith("default-src 'self';")
                .doesNotContain("script-src").contains("frame-ancestors 'none'");
    }

    @Test
    void healthReportsTheArchiveAndTheCluster() {
        ApiClient.Answer answer = api.get("/api/health");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode health = answer.json();
        assertThat(health.path("archive").path("decisions").asLong()).isEqualTo(corpus.size());
        assertThat(health.path("archive").path("letters").asLong()).isEqualTo(TestCorpus.letters().size());
        assertThat(health.path("elasticsearch").path("status").asText()).isIn("green", "yellow");
        assertThat(health.path("elasticsearch").path("nodes").asInt()).isPositive();
    }

    private static long facet(JsonNode result, String facet, String value) {
        for (JsonNode bucket : result.path("facets").path(facet)) {
            if (bucket.path("value").asText().equals(value)) {
                return bucket.path("count").asLong();
            }
        }
        return 0;
    }

    private static Set<String> selected(JsonNode result, String facet) {
        Set<String> selected = new HashSet<>();
        result.path("facets").path(facet).forEach(b -> {
            if (b.path("selected").asBoolean()) {
                selected.add(b.path("value").asText());
            }
        });
        return selected;
    }
}
