package org.imrarchive.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void matchesPublishedValues() {
        // R: prop.test(x, n, correct = FALSE)$conf.int
        assertThat(WilsonInterval.of(31, 40).low()).isCloseTo(0.6249690, within(1e-7));
        assertThat(WilsonInterval.of(31, 40).high()).isCloseTo(0.8768391, within(1e-7));
        assertThat(WilsonInterval.of(5, 9).low()).isCloseTo(0.2666513, within(1e-7));
        assertThat(WilsonInterval.of(5, 9).high()).isCloseTo(0.8112215, within(1e-7));
    }

    @Test
    void staysInsideZeroAndOneAtTheExtremes() {
        assertThat(WilsonInterval.of(0, 1)).isEqualTo(new WilsonInterval(0.0, WilsonInterval.of(0, 1).high()));
        assertThat(WilsonInterval.of(1, 1).high()).isEqualTo(1.0);
        assertThat(WilsonInterval.of(0, 1000).low()).isEqualTo(0.0);
        assertThat(WilsonInterval.of(1000, 1000).high()).isEqualTo(1.0);
        assertThat(WilsonInterval.of(1000, 1000).low()).isCloseTo(0.99617, within(1e-5));
    }

    @Test
    void narrowsAsTheSampleGrows() {
        double small = WilsonInterval.of(3, 4).high() - WilsonInterval.of(3, 4).low();
        double large = WilsonInterval.of(300, 400).high() - WilsonInterval.of(300, 400).low();
        assertThat(large).isLessThan(small / 5);
    }

    @Test
    void thereIsNoIntervalWithoutTrials() {
        assertThatThrownBy(() -> WilsonInterval.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
