package org.imrarchive.storage.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.Patient;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;

/** The embedded node a user gets from `imr serve`: it starts, keeps its data across a restart, and leaves nothing running. */
class EmbeddedElasticsearchTest {

    @Test
    void restartFindsTheArchiveAgainAndStopLeavesNoProcess() {
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

        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(settings);
             ArchiveGateway gateway = ArchiveGateway.connect(node.address(), "imr")) {
            gateway.ensureSchema();
            assertThat(gateway.letter("CM13-0000001")).contains(letter);
            firstRun = node.processTree();
        }
        assertThat(firstRun).noneMatch(ProcessHandle::isAlive);
    }
}
