package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundImportJobsTest {

    @TempDir
    Path work;

    @Test
    void anUploadRunsInTheBackgroundAndTellsItsSubscribers() throws IOException, InterruptedException {
        Path archive = ArchiveFixture.write(work.resolve("upload"));
        try (ArchiveGateway gateway = FreshArchive.named("importer-jobs");
             BackgroundImportJobs jobs = new BackgroundImportJobs(new Importer(gateway), id -> ImportOptions.inHome(work.resolve("home"), id))) {
            String id = jobs.start(List.of(archive.resolve("letters"), archive.resolve("bundle.zip")));
            assertThat(id).startsWith("upload-");
            assertThat(jobs.progress(id)).isPresent();

            List<ImportProgress> seen = new CopyOnWriteArrayList<>();
            CountDownLatch ended = new CountDownLatch(1);
            jobs.subscribe(id, p -> {
                seen.add(p);
                if (p.ended()) {
                    ended.countDown();
                }
            });
            assertThat(ended.await(120, TimeUnit.SECONDS)).isTrue();

            ImportProgress last = jobs.progress(id).orElseThrow();
            assertThat(last.state()).isEqualTo(ImportProgress.State.FINISHED);
            assertThat(seen.get(seen.size() - 1)).isEqualTo(last);
            // letters/: 4 letters, 2 duplicates, 3 rejected; bundle.zip: 3 letters, 2 rejected
            assertThat(last.indexed()).isEqualTo(7);
            assertThat(last.duplicates()).isEqualTo(2);
            assertThat(last.rejected()).isEqualTo(5);
            assertThat(last.indexed() + last.duplicates() + last.rejected()).isEqualTo(last.filesSeen());
            assertThat(last.rejections()).extracting(ImportProgress.Rejection::path).contains("bundle.zip!/../evil.txt");
            assertThat(work.resolve("home/imports/" + id + ".json")).exists();
            assertThat(work.resolve("home/quarantine/" + id + "/bundle.zip!/__/evil.txt.reason.txt")).exists();

            // a subscriber arriving after the end still gets the final snapshot
            List<ImportProgress> late = new CopyOnWriteArrayList<>();
            jobs.subscribe(id, late::add).close();
            assertThat(late).containsExactly(last);
            assertThatThrownBy(() -> jobs.subscribe("no-such-job", p -> { })).isInstanceOf(NoSuchElementException.class);
            assertThat(jobs.progress("no-such-job")).isEmpty();
        } catch (Exception e) {
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }
}
