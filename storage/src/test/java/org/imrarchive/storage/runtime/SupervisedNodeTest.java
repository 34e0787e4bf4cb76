package org.imrarchive.storage.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * The node {@code imr serve} starts is supervised; closing it on purpose is not a death to mend. (The
 * restart after a kill is shown end to end, through the health endpoint, by search-api's
 * EmbeddedNodeSupervisionTest.)
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

    @Test
    void theNodeAnEntryPointStartsIsSupervisedAndClosingItLeavesNothingRunning() throws Exception {
        EmbeddedSettings settings = TestCluster.settings("supervised-close-" + Instant.now().toEpochMilli());
        ElasticsearchRuntime runtime = ElasticsearchRuntimes.startOrAttach(settings);
        List<ProcessHandle> tree = ((SupervisedNode) runtime).processTree();
        assertThat(runtime.supervision()).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(NodeSupervision.State.running);
            assertThat(s.restarts()).isZero();
        });
        runtime.close();

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        // well past the first restart's pause: nothing was started again for the closed node
        Thread.sleep(RestartPolicy.defaults().delayBefore(1).plusSeconds(2).toMillis());
        assertThat(elasticsearchProcessesUnder(settings.home())).isEmpty();
        assertThat(runtime.supervision().orElseThrow().restarts()).isZero();
    }

    private static List<ProcessHandle> elasticsearchProcessesUnder(Path home) {
        String path = home.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(path))
                .toList();
    }
}
