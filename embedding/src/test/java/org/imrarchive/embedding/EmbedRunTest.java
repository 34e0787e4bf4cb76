package org.imrarchive.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.imrarchive.letter.Outcome;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbedRunTest {

    static ArchiveGateway gateway;
    static SentenceEmbedder embedder;

    @BeforeAll
    static void start() {
        gateway = TestCluster.freshArchive("embed-run");
        embedder = SentenceEmbedder.load(SentenceModel.MINILM_L6_V2_Q, 1);
    }

    @AfterAll
    static void stop() {
        embedder.close();
        gateway.close();
    }

    static DecisionDocument decision(String id, String item, String summary) {
        return new DecisionDocument(id, id.substring(0, id.lastIndexOf('-')), null, 1, item, Outcome.UPHELD, null, List.of(),
                List.of(), List.of(), "The request is not medically necessary.", summary, List.of(), null, null, List.of(),
                null, null, null, 2016, null, null, "test", null, null, null, List.of(), null);
    }

    @Test
    void embedsEveryDecisionOnceAndAgainOnlyWhatWasReplaced() {
        gateway.putDecision(decision("a-1", "Lumbar discogram L4-5", "Low back pain for two years."));
        gateway.putDecision(decision("b-1", "Physical therapy 12 sessions", "Shoulder strain."));
        gateway.putDecision(decision("b-2", "Norco 10/325 #90", "Chronic neck pain on opioids."));
        gateway.putDecision(decision("c-1", "MRI of the right knee", "Knee locking after a fall."));
        gateway.putDecision(decision("d-1", "Cervical epidural steroid injection C5-6", "Radiating arm pain."));

        List<EmbedRun.Progress> seen = new ArrayList<>();
        EmbedRun.Progress first = new EmbedRun(gateway, embedder, 2).run(seen::add);

        assertThat(first).isEqualTo(new EmbedRun.Progress(5, 5));
        assertThat(seen).first().isEqualTo(new EmbedRun.Progress(0, 5));
        assertThat(seen).extracting(EmbedRun.Progress::embedded).containsExactly(0L, 2L, 4L, 5L);
        assertThat(gateway.decisionEmbedding("c-1")).get().satisfies(v -> assertThat(v).hasSize(SentenceModel.DIMENSIONS));
        // The vector is stored beside the decision, which keeps every other field.
        assertThat(gateway.decision("c-1")).get().extracting(DecisionDocument::item).isEqualTo("MRI of the right knee");

        assertThat(new EmbedRun(gateway, embedder, 2).run(p -> { })).isEqualTo(new EmbedRun.Progress(0, 0));

        // A re-imported decision comes without its vector and is embedded again, alone.
        gateway.putDecision(decision("b-2", "Norco 10/325 #60", "Chronic neck pain on opioids."));
        assertThat(gateway.decisionEmbedding("b-2")).isEmpty();
        assertThat(new EmbedRun(gateway, embedder, 64).run(p -> { })).isEqualTo(new EmbedRun.Progress(1, 1));
        assertThat(gateway.decisionEmbedding("b-2")).isPresent();
    }

    @Test
    void theStoredVectorIsTheDecisionsTextEmbedded() {
        DecisionDocument d = decision("e-1", "Aquatic therapy 8 sessions", "Obese patient with knee arthritis.");
        gateway.putDecision(d);
        new EmbedRun(gateway, embedder, 10).run(p -> { });
        float[] stored = gateway.decisionEmbedding("e-1").orElseThrow();
        float[] expected = embedder.embed(EmbedRun.text(d));
        for (int i = 0; i < expected.length; i++) {
            assertThat(stored[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-5f));
        }
    }
}
