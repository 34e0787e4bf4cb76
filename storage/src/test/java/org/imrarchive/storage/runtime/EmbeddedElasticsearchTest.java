package org.imrarchive.storage.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.Patient;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * The embedded node a user gets from `imr serve`: it starts, keeps its data across a restart, and leaves nothing
 * running. The restart is the supervised node an entry point starts ({@link ElasticsearchRuntimes#startOrAttach}),
 * so the same two node starts also show that closing it on purpose is not a death to mend. (The restart after a
 * kill is shown end to end, through the health endpoint, by search-api's EmbeddedNodeSupervisionTest.)
 */
class EmbeddedElasticsearchTest {

    @Test
    void restartFindsTheArchiveAgainAndStopLeavesNoProcessNorAnyRestart() throws Exception {
        EmbeddedSettings settings = TestCluster.settings("restart-" + Instant.now().toEpochMilli());
        Letter letter = new Letter(null, "CM13-0000001", LetterDates.none(), Patient.unknown(), Reviewer.unknown(),
                List.of("lumbar radiculopathy"), "summary", List.of(), List.of());

        List<ProcessHandle> firstRun;
        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(settings);
             ArchiveGateway gateway = ArchiveGateway.connect(node.address(), "imr")) {
            gateway.ensureSchema();
            gateway.putLetter("CM13-0000001", letter);
            assertThat(gateway.health().available()).isTrue();
            firstRun = node.processTree();
            assertThat(firstRun).allMatch(ProcessHandle::isAlive);
        }
        assertThat(firstRun).noneMatch(ProcessHandle::isAlive);

        ElasticsearchRuntime runtime = ElasticsearchRuntimes.startOrAttach(settings);
        List<ProcessHandle> secondRun = ((SupervisedNode) runtime).processTree();
        try (runtime; ArchiveGateway gateway = ArchiveGateway.connect(runtime.address(), "imr")) {
            gateway.ensureSchema();
            assertThat(gateway.letter("CM13-0000001")).contains(letter);
            assertThat(runtime.supervision()).hasValueSatisfying(s -> {
                assertThat(s.state()).isEqualTo(NodeSupervision.State.running);
                assertThat(s.restarts()).isZero();
            });
        }
        assertThat(secondRun).noneMatch(ProcessHandle::isAlive);
        // well past the first restart's pause: nothing was started again for the node closed on purpose
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
