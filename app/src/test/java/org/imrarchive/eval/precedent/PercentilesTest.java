package org.imrarchive.eval.precedent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRank() {
        double[] oneToHundred = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();
        assertThat(Percentiles.of(oneToHundred, 50)).isEqualTo(50);
        assertThat(Percentiles.of(oneToHundred, 95)).isEqualTo(95);
        assertThat(Percentiles.of(new double[] {4}, 95)).isEqualTo(4);
        assertThat(Percentiles.of(new double[0], 50)).isNaN();
    }
}
