package org.imrarchive.parse.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrarchive.letter.Outcome;
import org.junit.jupiter.api.Test;

class OutcomeInferenceTest {

    @Test
    void outcomeWordsMeanWhatTheLettersMean() {
        assertThat(OutcomeInference.ofWord("Upheld")).isEqualTo(Outcome.UPHELD);
        assertThat(OutcomeInference.ofWord("UPHOLD")).isEqualTo(Outcome.UPHELD);
        assertThat(OutcomeInference.ofWord("Overturned")).isEqualTo(Outcome.OVERTURNED);
        assertThat(OutcomeInference.ofWord("reversed")).isEqualTo(Outcome.OVERTURNED);
    }

    @Test
    void aNecessitySentenceDecidesTheOutcome() {
        assertThat(OutcomeInference.firstNecessity("The request is not medically necessary.").orElseThrow().outcome())
                .isEqualTo(Outcome.UPHELD);
        assertThat(OutcomeInference.firstNecessity("Therefore the MRI is medically necessary and appropriate.").orElseThrow().outcome())
                .isEqualTo(Outcome.OVERTURNED);
        OutcomeInference.Necessity denial = OutcomeInference.firstNecessity("The denial is upheld.").orElseThrow();
        assertThat(denial.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(denial.labelled()).isTrue();
        assertThat(OutcomeInference.firstNecessity("The patient was seen on 3/4/14.")).isEmpty();
    }

    @Test
    void theConclusionPrefersTheSentenceNamingTheItem() {
        String rationale = "Naproxen is medically necessary. The requested Norco is not medically necessary. "
                + "Continued therapy is medically necessary.";
        assertThat(OutcomeInference.conclusion(rationale, "Norco 10/325mg #120")).isEqualTo(Outcome.UPHELD);
        assertThat(OutcomeInference.conclusion(rationale, "Gabapentin")).isEqualTo(Outcome.OVERTURNED);
        assertThat(OutcomeInference.conclusionNaming("Gabapentin", rationale)).isNull();
    }

    @Test
    void aLetterLevelDeterminationCountsUnlessPartial() {
        assertThat(OutcomeInference.letterLevel("Final Determination: UPHOLD")).isEqualTo(Outcome.UPHELD);
        assertThat(OutcomeInference.letterLevel("The Final Determination is to overturn")).isEqualTo(Outcome.OVERTURNED);
        assertThat(OutcomeInference.letterLevel("Final Determination: Partially Overturned")).isNull();
        assertThat(OutcomeInference.letterLevel("no determination here")).isNull();
    }
}
