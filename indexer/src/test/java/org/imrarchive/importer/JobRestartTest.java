package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.imrarchive.storage.ArchiveGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.4: a job's status outlives the server, and a job the server left unfinished runs again when it starts.
 * Before, every job was 404 after a restart, nothing resumed, and the upload stayed orphaned in {@code uploads/}.
 * (The crash itself, a SIGKILL of the server mid-import, is in the reliability module: UploadCrashTest.)
 */
class JobRestartTest {

    @TempDir
    Path work;

    @Test
    void aFinishedJobIsStillThereAfterARestart() throws Exception {
        Path home = work.resolve("home");
        Path archive = ArchiveFixture.write(work.resolve("upload"));
        JobRecords records = new JobRecords(home.resolve("imports"));
        try (ArchiveGateway gateway = FreshArchive.named("importer-restart")) {
            String id;
            ImportProgress before;
            try (BackgroundImportJobs jobs = new BackgroundImportJobs(new Importer(gateway), i -> ImportOptions.inHome(home, i), records)) {
                id = jobs.start(List.of(archive.resolve("letters")));
                before = awaitEnd(jobs, id);
                // the --import job of `imr serve`: run in the foreground, recorded like an upload
                ImportReport served = jobs.runNow(Importer.jobIdFor(List.of(archive.resolve("letters/2014"))),
                        List.of(archive.resolve("letters/2014")), null);
                assertThat(served.state()).isEqualTo(ImportProgress.State.FINISHED);
            }
            try (BackgroundImportJobs restarted = new BackgroundImportJobs(new Importer(gateway), i -> ImportOptions.inHome(home, i), records)) {
                restarted.resume(home.resolve("uploads"));
                ImportProgress after = restarted.progress(id).orElseThrow();
                assertThat(after.state()).isEqualTo(ImportProgress.State.FINISHED);
                assertThat(List.of(after.filesSeen(), after.indexed(), after.duplicates(), after.rejected()))
                        .isEqualTo(List.of(before.filesSeen(), before.indexed(), before.duplicates(), before.rejected()));
                assertThat(after.rejections()).isEqualTo(before.rejections());
                assertThat(restarted.progress(Importer.jobIdFor(List.of(archive.resolve("letters/2014")))))
                        .hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(ImportProgress.State.FINISHED));
                assertThat(restarted.report(id)).hasValue(home.resolve("imports/" + id + ".json").toAbsolutePath());
                List<ImportProgress> told = new java.util.ArrayList<>();
                restarted.subscribe(id, told::add).close();
                assertThat(told).extracting(ImportProgress::state).containsExactly(ImportProgress.State.FINISHED);
            }
        }
    }

    @Test
    void aJobLeftRunningResumesItsFilesGoneEndsInterruptedAndOrphansAreDeleted() throws Exception {
        Path home = work.resolve("home");
        Path uploads = home.resolve("uploads");
        Path owned = Files.createDirectories(uploads.resolve("imr-upload-owned"));
        Path letters = ArchiveFixture.write(owned.resolve("fixture")).resolve("letters");
        Path orphan = Files.createDirectories(uploads.resolve("imr-upload-orphan"));
        Files.writeString(orphan.resolve("letters.zip"), "a request the server died receiving");
        Path spool = Files.writeString(uploads.resolve("MultiPart12345"), "half a multipart body");
        JobRecords records = new JobRecords(home.resolve("imports"));
        Instant started = Instant.now().minusSeconds(60);
        // what a server killed mid-import left: records still RUNNING
        records.save(new JobRecord("upload-left-running", List.of(letters.toString()), owned.toString(),
                home.resolve("imports/upload-left-running.json").toString(), ImportProgress.starting("upload-left-running", started, null)));
        records.save(new JobRecord("upload-files-gone", List.of(uploads.resolve("imr-upload-gone/x.zip").toString()),
                uploads.resolve("imr-upload-gone").toString(), null, ImportProgress.starting("upload-files-gone", started, null)));

        try (ArchiveGateway gateway = FreshArchive.named("importer-resume-jobs");
             BackgroundImportJobs jobs = new BackgroundImportJobs(new Importer(gateway), i -> ImportOptions.inHome(home, i), records)) {
            jobs.resume(uploads);
            assertThat(orphan).doesNotExist();
            assertThat(spool).doesNotExist();

            ImportProgress resumed = awaitEnd(jobs, "upload-left-running");
            assertThat(resumed.state()).isEqualTo(ImportProgress.State.FINISHED);
            assertThat(resumed.indexed() + resumed.duplicates() + resumed.rejected()).isEqualTo(resumed.filesSeen()).isPositive();
            assertThat(owned).as("the job's upload, deleted once it is done").doesNotExist();

            ImportProgress gone = jobs.progress("upload-files-gone").orElseThrow();
            assertThat(gone.state()).isEqualTo(ImportProgress.State.INTERRUPTED);
            assertThat(gone.message()).contains("its files are gone");
            assertThat(records.find("upload-left-running").orElseThrow().progress().state()).isEqualTo(ImportProgress.State.FINISHED);
        }
    }

    @Test
    void jobIdsThatAreNoFileNameFindNothing() {
        JobRecords records = new JobRecords(work.resolve("imports"));
        assertThat(records.find("../../etc/passwd")).isEmpty();
        assertThat(records.find("")).isEmpty();
    }

    private static ImportProgress awaitEnd(BackgroundImportJobs jobs, String id) throws Exception {
        CountDownLatch ended = new CountDownLatch(1);
        try (AutoCloseable ignored = jobs.subscribe(id, p -> {
            if (p.ended()) {
                ended.countDown();
            }
        })) {
            assertThat(ended.await(180, TimeUnit.SECONDS)).as("job " + id + " ends").isTrue();
        }
        return jobs.progress(id).orElseThrow();
    }
}
