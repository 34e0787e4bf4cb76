package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void theSummaryShowsTheAccountAndEachRejection() {
        ImportReport r = new ImportReport("import-1", List.of("letters"), ImportProgress.State.FINISHED, START,
                START.plusSeconds(12), 12.0, 10, 7, 2, 1, 0, 8, 9, new ImportReport.RowCounts(1, 0, 1, 0),
                List.of(new ImportProgress.Rejection("letters/scan.bin", "binary file, not text")),
                List.of(new ImportReport.RowRejection("dmhc.csv", 5, "no ReferenceID")), null, false, false, 0, Map.of());

        String table = SummaryTable.render(r);

        assertThat(table).contains("Import import-1: FINISHED in 12.0 s")
                .containsPattern("Files seen\\s+10")
                .containsPattern("Indexed\\s+7")
                .containsPattern("Duplicates\\s+2")
                .containsPattern("Rejected\\s+1")
                .contains("indexed + duplicates + rejected = 10 = files seen")
                .contains("letters/scan.bin  binary file, not text")
                .contains("dmhc.csv line 5  no ReferenceID");
    }

    @Test
    void onATerminalTheBarRedrawsOneLineElsewherePlainLines() {
        ImportProgress running = progress(ImportProgress.State.RUNNING, 50);
        ImportProgress done = progress(ImportProgress.State.FINISHED, 100);

        ByteArrayOutputStream tty = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(tty, true, StandardCharsets.UTF_8), true, Duration.ofSeconds(5));
        bar.progress(running);
        bar.progress(done);
        String drawn = tty.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\r[############------------] 50/100 files")
                .contains("5.0 letters/s").contains("ETA 0:10").contains("\r[########################] 100/100 files")
                .endsWith(System.lineSeparator());

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ProgressBar plain = new ProgressBar(new PrintStream(log, true, StandardCharsets.UTF_8), false, Duration.ofHours(1));
        plain.progress(running);
        plain.progress(running); // within the period: not written again
        plain.progress(done);
        assertThat(log.toString(StandardCharsets.UTF_8).lines()).hasSize(2).noneMatch(l -> l.contains("\r"));
    }

    private static ImportProgress progress(ImportProgress.State state, long done) {
        return new ImportProgress("j", state, done, done, 0, 0, done, START, state == ImportProgress.State.RUNNING ? null : START,
                5.0, List.of(), null, 100, done, 5.0, 0, ImportReport.RowCounts.NONE, List.of(), false, false, 0);
    }
}
