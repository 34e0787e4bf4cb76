package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrecedentApiTest {

    ArchiveGateway gateway;
    ApiServer server;
    ApiClient api;

    /** The node these tests run on; {@link PrecedentApiContainerTest} runs them on the official image. */
    ClusterAddress cluster() {
        return TestCluster.address();
    }

    @BeforeAll
    void start() {
        gateway = TestCluster.freshArchive(cluster(), "api-precedents");
        TestCorpus.load(gateway);
        server = ApiServer.start(ApiConfig.defaults().withPort(0), gateway, new RecordingImportJobs());
        api = new ApiClient(server.port());
    }

    @AfterAll
    void stop() {
        server.stop();
        gateway.close();
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void similarToADiscogramReturnsDiscogramsBeforeOtherProcedures() {
        JsonNode result = api.get("/api/decisions/disco-1-1/similar").json();

        List<JsonNode> similar = list(result.path("similar"));
        assertThat(similar.subList(0, 3)).allSatisfy(h ->
                assertThat(h.path("procedure").path("name").asText()).isEqualTo("Discography"));
        // The lumbar ones (same guideline too) before the cervical one.
        assertThat(similar.subList(0, 2)).allSatisfy(h ->
                assertThat(h.path("procedure").path("bodyRegion").asText()).isEqualTo("LUMBAR_SPINE"));
        assertThat(similar.stream().map(h -> h.path("id").asText())).doesNotContain("disco-1-1");
        assertThat(result.path("decision").path("id").asText()).isEqualTo("disco-1-1");

        JsonNode outcomes = result.path("outcomes");
        assertThat(outcomes.path("decisions").asInt()).isEqualTo(3);
        assertThat(outcomes.path("upheld").asInt()).isEqualTo(2);
        assertThat(outcomes.path("overturned").asInt()).isEqualTo(1);
        assertThat(outcomes.path("procedure").asText()).isEqualTo("Discography");
        assertThat(outcomes.path("summary").asText())
                .isEqualTo("of 3 similar decisions on Discography, 2 upheld and 1 overturned");
    }

    @Test
    void similarLeavesOutTheOtherItemsOfTheSameLetter() {
        JsonNode result = api.get("/api/decisions/disco-3-1/similar?size=50").json();
        assertThat(list(result.path("similar")).stream().map(h -> h.path("letterId").asText())).doesNotContain("disco-3");

        JsonNode therapy = api.get("/api/decisions/disco-3-2/similar").json();
        assertThat(list(therapy.path("similar")).get(0).path("procedure").path("name").asText()).isEqualTo("Physical therapy");
    }

    @Test
    void similarChecksItsParameters() {
        assertThat(api.get("/api/decisions/disco-1-1/similar?size=abc").status()).isEqualTo(400);
        assertThat(api.get("/api/decisions/disco-1-1/similar?size=0").status()).isEqualTo(400);
        assertThat(api.get("/api/decisions/disco-1-1/similar?setSize=100000").status()).isEqualTo(400);
        assertThat(api.get("/api/decisions/disco-1-1/similar?size=2").json().path("similar")).hasSize(2);
    }

    @Test
    void precedentsForADiscogramRequest() {
        ApiClient.Answer answer = api.postJson("/api/precedents",
                "{\"item\": \"Lumbar discogram L4-5, L5-S1\", \"guideline\": \"MTUS_ACOEM\", "
                        + "\"clinicalSummary\": \"Chronic low back pain radiating to the legs; surgeon considering fusion.\"}");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode result = answer.json();

        List<JsonNode> precedents = list(result.path("precedents"));
        assertThat(precedents.subList(0, 3)).allSatisfy(p -> {
            assertThat(p.path("decision").path("procedure").path("name").asText()).isEqualTo("Discography");
            assertThat(p.path("decision").path("procedure").path("bodyRegion").asText()).isEqualTo("LUMBAR_SPINE");
        });
        // Each precedent shows a sentence of its reasoning, with the request's words marked.
        JsonNode sentence = precedents.get(0).path("rationaleSentence");
        assertThat(sentence).isNotEmpty();
        assertThat(list(sentence).stream().anyMatch(s -> s.path("match").asBoolean())).isTrue();

        JsonNode top = result.path("guidelines").get(0);
        assertThat(top.path("label").asText()).isEqualTo("MTUS ACOEM Ch. 12 Low Back Complaints");
        assertThat(top.path("pages").get(0).asText()).isEqualTo("304-305");

        // Counted over the discography precedents only (4: 3 upheld, 1 overturned), not every "lumbar" match.
        JsonNode outcomes = result.path("outcomes");
        assertThat(outcomes.path("decisions").asInt()).isEqualTo(4);
        assertThat(outcomes.path("upheld").asInt()).isEqualTo(3);
        assertThat(outcomes.path("overturned").asInt()).isEqualTo(1);
        assertThat(top.path("precedents").asInt()).isEqualTo(3);
        assertThat(top.path("upheld").asInt()).isEqualTo(2);
    }

    @Test
    void eachPrecedentSaysWhyItWasChosen() {
        JsonNode result = api.postJson("/api/precedents",
                "{\"item\": \"Lumbar discogram L4-5, L5-S1\", "
                        + "\"guideline\": \"MTUS ACOEM Chapter 12 Low Back Complaints, pages 304-305\"}").json();

        JsonNode first = result.path("precedents").get(0);
        assertThat(first.path("decision").path("procedure").path("name").asText()).isEqualTo("Discography");
        JsonNode reasons = first.path("reasons");
        assertThat(reasons.path("sameProcedure").asText()).isEqualTo("Discography");
        assertThat(reasons.path("sameCategory").asText()).isEqualTo("DIAGNOSTIC_TESTING");
        assertThat(reasons.path("sameBodyRegion").asText()).isEqualTo("LUMBAR_SPINE");
        assertThat(list(reasons.path("sameLevels")).stream().map(JsonNode::asText)).contains("L4-5");
        assertThat(list(reasons.path("sameGuidelineSources")).stream().map(JsonNode::asText)).containsExactly("MTUS_ACOEM");
        assertThat(list(reasons.path("sameGuidelines")).stream().map(JsonNode::asText))
                .containsExactly("MTUS ACOEM Ch. 12 Low Back Complaints");
        // The words of the request that the shown sentence of reasoning matched.
        assertThat(list(reasons.path("passageTerms")).stream().map(JsonNode::asText)).isNotEmpty()
                .allSatisfy(t -> assertThat(t).isEqualTo(t.toLowerCase()));

        // The cervical discogram shares the procedure, not the body region, the levels or the chapter.
        JsonNode cervical = list(result.path("precedents")).stream()
                .filter(p -> p.path("decision").path("id").asText().equals("disco-cervical-1")).findFirst().orElseThrow();
        assertThat(cervical.path("reasons").path("sameProcedure").asText()).isEqualTo("Discography");
        assertThat(cervical.path("reasons").path("sameBodyRegion").isNull()).isTrue();
        assertThat(cervical.path("reasons").path("sameLevels")).isEmpty();
        assertThat(cervical.path("reasons").path("sameGuidelines")).isEmpty();
        assertThat(list(cervical.path("reasons").path("sameGuidelineSources")).stream().map(JsonNode::asText))
                .containsExactly("MTUS_ACOEM");
    }

    @Test
    void aGuidelineWordedAsALetterCitesItCountsAsItsSource() {
        // The reasons name the source read from the citation's words, as the index names it.
        JsonNode result = api.postJson("/api/precedents",
                "{\"item\": \"Norco 10/325 #90\", \"guideline\": \"MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids\"}")
                .json();
        JsonNode first = result.path("precedents").get(0);
        assertThat(first.path("decision").path("procedure").path("name").asText()).isEqualTo("Hydrocodone/acetaminophen");
        assertThat(list(first.path("reasons").path("sameGuidelineSources")).stream().map(JsonNode::asText))
                .containsExactly("MTUS_CHRONIC_PAIN");
        assertThat(first.path("reasons").path("sameProcedure").asText()).isEqualTo("Hydrocodone/acetaminophen");
    }

    @Test
    void anItemNoPriorDecisionNamesStillGetsTheNearestPrecedents() {
        // No decision mentions etodolac: the precedents come from the other drugs, with the same guideline first.
        JsonNode result = api.postJson("/api/precedents", "{\"item\": \"Etodolac 400mg #60\", "
                + "\"guideline\": \"MTUS Chronic Pain Medical Treatment Guidelines, Opioids\"}").json();

        List<JsonNode> precedents = list(result.path("precedents"));
        assertThat(precedents).isNotEmpty();
        assertThat(precedents.get(0).path("reasons").path("sameCategory").asText()).isEqualTo("MEDICATION");
        assertThat(precedents.get(0).path("reasons").path("sameProcedure").isNull()).isTrue();
    }

    @Test
    void eachSimilarDecisionSaysWhyItWasChosen() {
        JsonNode result = api.get("/api/decisions/disco-1-1/similar").json();

        JsonNode first = list(result.path("similar")).get(0);
        JsonNode reasons = result.path("reasons").path(first.path("id").asText());
        assertThat(reasons.path("sameProcedure").asText()).isEqualTo("Discography");
        assertThat(reasons.path("sameBodyRegion").asText()).isEqualTo("LUMBAR_SPINE");
        assertThat(list(reasons.path("sameGuidelines")).stream().map(JsonNode::asText))
                .contains("MTUS ACOEM Ch. 12 Low Back Complaints");
        // Every listed decision has its reasons, and its best matching sentence of reasoning.
        assertThat(list(result.path("similar"))).allSatisfy(h -> {
            assertThat(result.path("reasons").has(h.path("id").asText())).isTrue();
            assertThat(h.path("highlights").path("rationale").get(0)).isNotEmpty();
        });
        assertThat(list(first.path("highlights").path("rationale").get(0)).stream()
                .anyMatch(s -> s.path("match").asBoolean())).isTrue();
    }

    @Test
    void precedentsForAnEsiRequestAreEpiduralInjections() {
        JsonNode result = api.postJson("/api/precedents", "{\"item\": \"ESI L5-S1\", \"size\": 3}").json();

        List<JsonNode> precedents = list(result.path("precedents"));
        assertThat(precedents).hasSize(3);
        assertThat(precedents).allSatisfy(p -> assertThat(p.path("decision").path("procedure").path("name").asText())
                .isEqualTo("Epidural steroid injection"));
    }

    @Test
    void badPrecedentRequestsAre4xx() {
        assertThat(api.postJson("/api/precedents", "{\"item\": ").status()).isEqualTo(400);
        assertThat(api.postJson("/api/precedents", "not json").status()).isEqualTo(400);
        assertThat(api.postJson("/api/precedents", "").status()).isEqualTo(400);
        assertThat(api.postJson("/api/precedents", "null").status()).isEqualTo(400);
        assertThat(api.postJson("/api/precedents", "[1,2]").status()).isEqualTo(400);
        assertThat(api.postJson("/api/precedents", "{}").json().path("error").asText()).contains("item");
        assertThat(api.postJson("/api/precedents", "{\"item\": \"Norco\", \"size\": 0}").status()).isEqualTo(400);
        assertThat(api.postJson("/api/precedents", "{\"item\": \"Norco\", \"size\": \"ten\"}").status()).isEqualTo(400);

        String huge = "{\"item\": \"Norco\", \"clinicalSummary\": \"" + "x".repeat(70_000) + "\"}";
        ApiClient.Answer tooLarge = api.postJson("/api/precedents", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("error").asText()).contains("larger");
    }
}
