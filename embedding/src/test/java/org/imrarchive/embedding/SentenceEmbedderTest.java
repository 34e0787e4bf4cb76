package org.imrarchive.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

    static SentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = SentenceEmbedder.load(SentenceModel.MINILM_L6_V2_Q, 2);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void vectorsAreUnitLengthWithTheIndexDimensions() {
        List<float[]> vectors = embedder.embedAll(List.of("Lumbar discogram L4-5", "", "Physical therapy, 12 sessions"));
        assertThat(vectors).hasSize(3).allSatisfy(v -> {
            assertThat(v).hasSize(SentenceModel.DIMENSIONS);
            assertThat(cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        });
    }

    @Test
    void aRequestIsNearerTheDecisionOnTheSameTreatmentInOtherWords() {
        float[] request = embedder.embed(DecisionText.of("Discography of the lumbar spine",
                "ODG Low Back, Discography", "Chronic low back pain after a lifting injury; fusion is considered."));
        float[] discogram = embedder.embed(DecisionText.of("Lumbar discogram L3-4, L4-5, L5-S1",
                "MTUS ACOEM Low Back Complaints", "Low back pain radiating to the legs; surgery planned."));
        float[] therapy = embedder.embed(DecisionText.of("Aquatic therapy 8 sessions for the knee",
                "MTUS Chronic Pain Medical Treatment Guidelines, Aquatic therapy", "Knee osteoarthritis, obese patient."));
        assertThat(cosine(request, discogram)).isGreaterThan(cosine(request, therapy));
    }

    @Test
    void theSameTextGivesTheSameVector() {
        String text = "Cervical epidural steroid injection C5-6";
        assertThat(embedder.embed(text)).containsExactly(embedder.embed(text));
    }

    @Test
    void decisionTextPutsTheItemFirstAndIsBounded() {
        assertThat(DecisionText.of("MRI of the knee", null, " Knee pain. ")).isEqualTo("MRI of the knee\nKnee pain.");
        assertThat(DecisionText.of("x", "y", "z".repeat(10_000))).hasSize(DecisionText.MAX_CHARS);
    }
}
