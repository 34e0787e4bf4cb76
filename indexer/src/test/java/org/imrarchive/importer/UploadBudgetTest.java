package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.imrarchive.storage.ArchiveGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.3: what one upload may cost on disk and in memory is bounded by its budget. A 27 KB zip of 30 zips of
 * 30 zips of 30 one-byte files made 27,000 rejections, each copied to the quarantine with a reason file (54,000
 * files, 215 MB of disk blocks, never cleaned) and each held in the job's memory.
 */
class UploadBudgetTest {

    @TempDir
    Path work;

    @Test
    void aZipOfTwentySevenThousandOneByteFilesLeavesABoundedTrace() throws IOException {
        Path upload = work.resolve("nested.zip");
        Files.write(upload, nestedZip(30));
        Path home = work.resolve("home");
        String jobId = "upload-nested";
        try (ArchiveGateway gateway = FreshArchive.named("importer-budget")) {
            ImportProgress[] last = new ImportProgress[1];
            ImportReport r = new Importer(gateway).run(List.of(upload), ImportOptions.inHome(home, jobId).withJobId(jobId),
                    snapshot -> last[0] = snapshot);

            assertThat(r.state()).isEqualTo(ImportProgress.State.FINISHED);
            assertThat(r.filesSeen()).isEqualTo(27_000);
            assertThat(r.rejected()).isEqualTo(27_000);
            assertThat(r.balanced()).isTrue();

            // what the job keeps: the first rejections, flagged as cut, with the total beside them
            assertThat(r.rejections()).hasSize(Tally.LISTED);
            assertThat(r.rejectionsTruncated()).isTrue();
            assertThat(last[0].rejections()).hasSize(Tally.LISTED);
            assertThat(last[0].rejectionsTruncated()).isTrue();
            assertThat(last[0].rejected()).isEqualTo(27_000);

            // what it leaves on disk: the report (every rejection listed there), no copy of a one-byte file
            ImportReport written = ImportReport.readFrom(home.resolve("imports/" + jobId + ".json"));
            assertThat(written.rejections()).hasSize(27_000);
            assertThat(written.rejectionsTruncated()).isFalse();
            long[] files = filesAndBytes(home);
            System.out.printf(Locale.ROOT, "nested zip of %d bytes: %d rejections, %d file(s) and %d bytes left under IMR_HOME%n",
                    Files.size(upload), r.rejected(), files[0], files[1]);
            assertThat(files[0]).as("files left under IMR_HOME").isLessThanOrEqualTo(2);
            assertThat(files[1]).as("bytes left under IMR_HOME").isLessThan(10L * 1024 * 1024);
            assertThat(home.resolve("quarantine/" + jobId)).doesNotExist();
        }
    }

    @Test
    void anArchiveBeyondItsEntryBudgetIsRefusedAsOneFileForTheRest() throws IOException {
        Path upload = work.resolve("nested.zip");
        Files.write(upload, nestedZip(10)); // 1,000 files
        try (ArchiveGateway gateway = FreshArchive.named("importer-entries")) {
            Path report = work.resolve("entries.json");
            ImportReport r = new Importer(gateway).run(List.of(upload), ImportOptions.defaults().withReportFile(report)
                    .withLimits(ImportLimits.defaults().withMaxArchiveEntries(250)), ProgressListener.NONE);
            // 250 entries (nested zips count as entries too), then one refusal for the rest
            assertThat(r.filesSeen()).isLessThanOrEqualTo(251);
            assertThat(r.balanced()).isTrue();
            assertThat(ImportReport.readFrom(report).rejections()).anySatisfy(x -> assertThat(x.reason())
                    .startsWith("zip bomb: the archive holds more than 250 files"));
        }
    }

    @Test
    void theQuarantineCopiesNoMoreThanItsBudget() throws IOException {
        Path folder = work.resolve("not-letters");
        Files.createDirectories(folder);
        for (int i = 0; i < 10; i++) {
            Files.writeString(folder.resolve("list-" + i + ".txt"), "milk, eggs, bread, butter, " + i + " apples and pears");
        }
        Path quarantine = work.resolve("quarantine");
        try (ArchiveGateway gateway = FreshArchive.named("importer-quarantine")) {
            ImportReport r = new Importer(gateway).run(List.of(folder), ImportOptions.defaults().withQuarantineDir(quarantine)
                    .withLimits(ImportLimits.defaults().withQuarantineBudget(1024 * 1024, 3)), ProgressListener.NONE);
            assertThat(r.rejected()).isEqualTo(10);
            try (Stream<Path> kept = Files.walk(quarantine)) {
                assertThat(kept.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".reason.txt")).count())
                        .isEqualTo(3);
            }
        }
    }

    /** A zip of {@code n} zips of {@code n} zips of {@code n} one-byte files. */
    static byte[] nestedZip(int n) throws IOException {
        byte[] inner = zipOf(n, i -> "f" + i + ".txt", i -> new byte[] {'a'});
        byte[] middle = zipOf(n, i -> "inner-" + i + ".zip", i -> inner);
        return zipOf(n, i -> "middle-" + i + ".zip", i -> middle);
    }

    private static byte[] zipOf(int n, java.util.function.IntFunction<String> name, java.util.function.IntFunction<byte[]> content)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                zip.putNextEntry(new ZipEntry(name.apply(i)));
                zip.write(content.apply(i));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static long[] filesAndBytes(Path root) throws IOException {
        if (!Files.exists(root)) {
            return new long[] {0, 0};
        }
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> files = all.filter(Files::isRegularFile).toList();
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            return new long[] {files.size(), bytes};
        }
    }
}
