package org.imrarchive.eval.precedent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrierScoreTest {

    @Test
    void isTheMeanSquaredErrorOfTheProbability() {
        // (1 - 1)^2, (0 - 0)^2, (0.5 - 1)^2, (0.5 - 0)^2 -> 0.5 / 4
        List<RocAuc.Scored> predictions = List.of(new RocAuc.Scored(1, true), new RocAuc.Scored(0, false),
                new RocAuc.Scored(0.5, true), new RocAuc.Scored(0.5, false));
        assertThat(BrierScore.of(predictions).getAsDouble()).isCloseTo(0.125, within(1e-12));
        assertThat(BrierScore.of(List.of(new RocAuc.Scored(0.8, false))).getAsDouble()).isCloseTo(0.64, within(1e-12));
    }

    @Test
    void noPredictionsNoScore() {
        assertThat(BrierScore.of(List.of())).isEmpty();
    }
}
