package org.imrarchive.storage.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The restart policy of the node {@code imr serve} starts. That closing the supervised node on purpose is not a
 * death to mend is shown by {@link EmbeddedElasticsearchTest}, on the restart it already does (one node start
 * fewer); the restart after a kill end to end, through the health endpoint, by search-api's
 * EmbeddedNodeSupervisionTest.
 */
class SupervisedNodeTest {

    @Test
    void restartPausesDoubleUpToTheLimitAndAttemptsAreBounded() {
        RestartPolicy defaults = RestartPolicy.defaults();
        assertThat(defaults.maxAttempts()).isEqualTo(5);
        assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(defaults::delayBefore).toList()).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(30));
        assertThat(new RestartPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(1)).delayBefore(3))
                .isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> new RestartPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
