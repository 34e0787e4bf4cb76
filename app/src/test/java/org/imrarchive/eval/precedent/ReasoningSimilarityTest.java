package org.imrarchive.eval.precedent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReasoningSimilarityTest {

    @Test
    void weightsAreOnePlusLogTfTimesSmoothedIdfThenNormalised() {
        // n = 2; "opioid" is in both (idf = ln(3/3) + 1 = 1), "taper" in one (idf = ln(3/2) + 1)
        ReasoningSimilarity tfidf = ReasoningSimilarity.fit(List.of("opioid taper taper", "opioid"), Set.of());
        Map<String, Double> v = tfidf.vector("opioid taper taper");
        double opioid = 1.0;
        double taper = (1 + Math.log(2)) * (Math.log(1.5) + 1);
        double norm = Math.hypot(opioid, taper);
        assertThat(v.get("opioid")).isCloseTo(opioid / norm, within(1e-12));
        assertThat(v.get("taper")).isCloseTo(taper / norm, within(1e-12));
    }

    @Test
    void identicalTextsScoreOneDisjointZero() {
        ReasoningSimilarity tfidf = ReasoningSimilarity.fit(List.of("lumbar fusion denied", "knee arthroscopy"), Set.of());
        assertThat(tfidf.similarity("lumbar fusion", "lumbar fusion")).isCloseTo(1.0, within(1e-12));
        assertThat(tfidf.similarity("lumbar fusion", "knee arthroscopy")).isZero();
        assertThat(tfidf.similarity("", "knee arthroscopy")).isZero();
    }

    @Test
    void tokensAreThreeOrMoreLettersAndHyphensWithStopWordsDropped() {
        assertThat(ReasoningSimilarity.tokens("The MRI of L4-5 is non-certified; x-ray ok, 2 PT visits",
                Set.of("the"))).containsExactly("mri", "non-certified", "x-ray", "visits");
    }

    @Test
    void theShippedStopListDropsProceduralWords() {
        Set<String> stop = ReasoningSimilarity.shippedStopWords();
        assertThat(stop).contains("the", "patient", "guidelines", "medically", "necessary", "mtus");
        assertThat(stop).doesNotContain("opioid", "lumbar", "fusion", "pain");
    }
}
