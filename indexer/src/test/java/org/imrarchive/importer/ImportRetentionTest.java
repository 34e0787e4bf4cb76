package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14.3: the quarantine and the reports had no retention rule and grew for good. */
class ImportRetentionTest {

    @TempDir
    Path home;

    @Test
    void whatEndedJobsLeftIsRemovedOnceOlderThanTheRetentionAndUnfinishedJobsKeepTheirs() throws IOException {
        JobRecords records = new JobRecords(home.resolve("imports"));
        Instant long_ago = Instant.now().minus(Duration.ofDays(40));
        records.save(new JobRecord("upload-old", List.of("/gone/x.zip"), null, null,
                ImportProgress.starting("upload-old", long_ago, null).endedAs(ImportProgress.State.FINISHED, long_ago, null)));
        records.save(new JobRecord("upload-old-running", List.of("/gone/y.zip"), null, null,
                ImportProgress.starting("upload-old-running", long_ago, null)));
        records.save(new JobRecord("upload-new", List.of("/gone/z.zip"), null, null,
                ImportProgress.starting("upload-new", Instant.now(), null).endedAs(ImportProgress.State.FINISHED, Instant.now(), null)));
        Path oldReport = Files.writeString(home.resolve("imports/upload-old.json"), "{}");
        Path oldQuarantine = Files.createDirectories(home.resolve("quarantine/upload-old/letters.zip!"));
        Files.writeString(oldQuarantine.resolve("scan.bin"), "rejected bytes worth a look");
        Path runningQuarantine = Files.createDirectories(home.resolve("quarantine/upload-old-running"));
        Path newQuarantine = Files.createDirectories(home.resolve("quarantine/upload-new"));
        for (Path p : List.of(home.resolve("imports/upload-old.job.json"), home.resolve("imports/upload-old-running.job.json"),
                oldReport, home.resolve("quarantine/upload-old"), runningQuarantine)) {
            Files.setLastModifiedTime(p, FileTime.from(long_ago));
        }

        int removed = new ImportRetention(Duration.ofDays(30)).sweep(records, home.resolve("quarantine"));

        assertThat(removed).isEqualTo(3);
        assertThat(oldReport).doesNotExist();
        assertThat(home.resolve("imports/upload-old.job.json")).doesNotExist();
        assertThat(home.resolve("quarantine/upload-old")).doesNotExist();
        assertThat(home.resolve("imports/upload-old-running.job.json")).as("a job that has not ended resumes").exists();
        assertThat(runningQuarantine).exists();
        assertThat(home.resolve("imports/upload-new.job.json")).exists();
        assertThat(newQuarantine).exists();

        assertThat(new ImportRetention(Duration.ZERO).sweep(records, home.resolve("quarantine"))).as("0 keeps all").isZero();
    }
}
