package org.imrarchive.eval.precedent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RocAucTest {

    private static RocAuc.Scored s(double score, boolean positive) {
        return new RocAuc.Scored(score, positive);
    }

    @Test
    void aPerfectRankingScoresOneAndItsReverseZero() {
        List<RocAuc.Scored> perfect = List.of(s(0.9, true), s(0.8, true), s(0.3, false), s(0.1, false));
        List<RocAuc.Scored> reversed = List.of(s(0.1, true), s(0.3, true), s(0.8, false), s(0.9, false));
        assertThat(RocAuc.of(perfect)).hasValue(1.0);
        assertThat(RocAuc.of(reversed)).hasValue(0.0);
    }

    @Test
    void tiesCountHalf() {
        assertThat(RocAuc.of(List.of(s(0.5, true), s(0.5, false), s(0.5, true), s(0.5, false)))).hasValue(0.5);
        // positives 0.8 and 0.5, negatives 0.5 and 0.2: pairs 1 + 1 + 0.5 + 1 of 4
        assertThat(RocAuc.of(List.of(s(0.8, true), s(0.5, true), s(0.5, false), s(0.2, false))).getAsDouble())
                .isCloseTo(0.875, within(1e-12));
    }

    @Test
    void oneClassOnlyHasNoAuc() {
        assertThat(RocAuc.of(List.of(s(0.4, true), s(0.6, true)))).isEmpty();
        assertThat(RocAuc.of(List.of())).isEmpty();
    }
}
