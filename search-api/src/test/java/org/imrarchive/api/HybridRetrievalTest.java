package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imrarchive.api.precedent.Precedent;
import org.imrarchive.api.precedent.PrecedentRequest;
import org.imrarchive.api.precedent.Precedents;
import org.imrarchive.api.precedent.QueryEmbedding;
import org.imrarchive.api.precedent.Retrieval;
import org.imrarchive.embedding.EmbedRun;
import org.imrarchive.embedding.SentenceEmbedder;
import org.imrarchive.embedding.SentenceModel;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Precedents and similar decisions by words and meaning, on the test archive embedded by the {@code imr embed} job. */
class HybridRetrievalTest {

    static ArchiveGateway embedded;
    static ArchiveGateway notEmbedded;
    static QueryEmbedding embedding;
    static ApiServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        embedded = TestCluster.freshArchive("api-hybrid");
        TestCorpus.load(embedded);
        try (SentenceEmbedder embedder = SentenceEmbedder.load(SentenceModel.MINILM_L6_V2_Q, 1)) {
            new EmbedRun(embedded, embedder, 8).run(p -> { });
        }
        notEmbedded = TestCluster.freshArchive("api-hybrid-none");
        TestCorpus.load(notEmbedded);
        embedding = new QueryEmbedding();
        server = ApiServer.start(ApiConfig.defaults().withPort(0), embedded, new RecordingImportJobs());
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        embedded.close();
        notEmbedded.close();
    }

    static List<String> ids(List<Precedent> precedents) {
        return precedents.stream().map(p -> p.decision().id()).toList();
    }

    @Test
    void hybridFindsTheOpioidDecisionsForARequestThatSharesNoWordWithThem() {
        PrecedentRequest request = new PrecedentRequest("Narcotic analgesic tablets, monthly supply", null, null, 5);
        Precedents precedents = new Precedents(embedded, embedding);

        List<String> byWords = ids(precedents.find(request, Retrieval.BM25).precedents());
        List<String> hybrid = ids(precedents.find(request, Retrieval.HYBRID).precedents());

        assertThat(byWords).doesNotContain("norco-1-1", "norco-2-1");
        assertThat(hybrid.subList(0, 3)).containsAnyOf("norco-1-1", "norco-2-1");
    }

    @Test
    void withoutVectorsHybridIsTheWordRanking() {
        PrecedentRequest request = new PrecedentRequest("Lumbar discogram L4-5, L5-S1", "Low back pain, fusion planned.",
                "MTUS_ACOEM", 10);
        Precedents precedents = new Precedents(notEmbedded, embedding);
        assertThat(ids(precedents.find(request, Retrieval.HYBRID).precedents()))
                .isEqualTo(ids(precedents.find(request, Retrieval.BM25).precedents()));
    }

    @Test
    void theApiTakesRetrievalAndNamesItWhenWrong() {
        ApiClient.Answer hybrid = api.postJson("/api/precedents?retrieval=hybrid",
                "{\"item\": \"Narcotic analgesic tablets, monthly supply\", \"size\": 5}");
        assertThat(hybrid.status()).isEqualTo(200);
        assertThat(hybrid.json().path("precedents")).isNotEmpty();

        ApiClient.Answer wrong = api.postJson("/api/precedents?retrieval=semantic", "{\"item\": \"MRI\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("retrieval").contains("BM25, HYBRID");

        assertThat(api.get("/api/decisions/disco-1-1/similar?retrieval=vectors").status()).isEqualTo(400);
    }

    @Test
    void hybridSimilarStillLeavesOutTheDecisionAndItsLetterAndPutsTheSameTreatmentFirst() {
        var result = api.get("/api/decisions/disco-3-1/similar?retrieval=hybrid&size=50").json();
        List<String> letters = java.util.stream.StreamSupport.stream(result.path("similar").spliterator(), false)
                .map(h -> h.path("letterId").asText()).toList();
        assertThat(letters).isNotEmpty().doesNotContain("disco-3");
        assertThat(result.path("similar").get(0).path("procedure").path("name").asText()).isEqualTo("Discography");
    }
}
