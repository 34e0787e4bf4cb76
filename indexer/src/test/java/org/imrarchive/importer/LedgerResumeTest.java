package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV file's rows as the ledger keeps them: fields of their own, and the old reason form still resumes. */
class LedgerResumeTest {

    @TempDir
    Path work;

    @Test
    void aResumedJobCountsItsCsvRowsFromTheLedgerFields() throws IOException {
        Path csv = writeExport();
        try (ArchiveGateway gateway = FreshArchive.named("ledger-rows")) {
            ImportOptions job = ImportOptions.defaults().withJobId("rows");
            ImportReport first = new Importer(gateway).run(List.of(csv), job, ProgressListener.NONE);
            assertThat(first.rows()).isEqualTo(new ImportReport.RowCounts(2, 0, 2, 0));

            LedgerEntry entry = Ledger.of(gateway, "rows").values().iterator().next();
            assertThat(entry.rows()).isEqualTo(first.rows());
            assertThat(entry.rowRejections()).extracting(LedgerEntry.RefusedRow::line).containsExactly(5L, 6L);

            ImportReport again = new Importer(gateway).run(List.of(csv), job, ProgressListener.NONE);
            assertThat(again.resumed()).isEqualTo(1);
            assertThat(again.rows()).isEqualTo(first.rows());
            assertThat(again.letters()).isEqualTo(first.letters());
            assertThat(again.rowRejections()).isEqualTo(first.rowRejections());
        }
    }

    @Test
    void aResumedExportWithMoreRefusedRowsThanTheLedgerKeepsSaysItsListIsCut() throws IOException {
        String header = ArchiveFixture.CSV.lines().findFirst().orElseThrow();
        StringBuilder csv = new StringBuilder(header).append('\n')
                .append("MN19-1,2019,Mental,Depression,Pharmacy,Antidepressants,Upheld Decision of Health Plan,")
                .append("Medical Necessity,21 to 30,Female,Standard,10,3,kept\n");
        int bad = Tally.LISTED + 50;
        for (int i = 0; i < bad; i++) {
            csv.append(",2019,Mental,Depression,Pharmacy,Antidepressants,Upheld Decision of Health Plan,")
                    .append("Medical Necessity,21 to 30,Female,Standard,10,3,no id\n");
        }
        Path file = work.resolve("many-bad-rows.csv");
        Files.writeString(file, csv);
        try (ArchiveGateway gateway = FreshArchive.named("ledger-cut")) {
            ImportOptions job = ImportOptions.defaults().withJobId("cut");
            ImportReport first = new Importer(gateway).run(List.of(file), job, ProgressListener.NONE);
            assertThat(first.rows()).isEqualTo(new ImportReport.RowCounts(1, 0, bad, 0));
            assertThat(first.rowRejectionsTruncated()).isTrue();

            ImportReport again = new Importer(gateway).run(List.of(file), job, ProgressListener.NONE);
            assertThat(again.resumed()).isEqualTo(1);
            assertThat(again.rows()).isEqualTo(first.rows());
            assertThat(again.rowRejections()).isEqualTo(first.rowRejections());
            assertThat(again.rowRejectionsTruncated()).isTrue();
        }
    }

    @Test
    void aLedgerWrittenBeforeTheRowFieldsStillResumesWithItsRows() throws Exception {
        Path csv = writeExport();
        try (ArchiveGateway gateway = FreshArchive.named("ledger-legacy")) {
            ImportOptions job = ImportOptions.defaults().withJobId("legacy");
            ImportReport first = new Importer(gateway).run(List.of(csv), job, ProgressListener.NONE);
            Map.Entry<String, LedgerEntry> line = Ledger.of(gateway, "legacy").entrySet().iterator().next();

            // the entry as the code before the row fields wrote it: the account in the reason, nothing else
            LedgerEntry now = line.getValue();
            Map<String, Object> old = new HashMap<>();
            old.put("jobId", now.jobId());
            old.put("path", now.path());
            old.put("sha256", now.sha256());
            old.put("status", LedgerEntry.INDEXED);
            old.put("reason", "rows: 2 indexed, 0 duplicate, 2 rejected; line 5: Determination is neither, of the two;"
                    + " line 6: no ReferenceID");
            old.put("decisions", 2);
            old.put("at", Instant.now().toString());
            try (IndexFeed feed = new IndexFeed(gateway, Duration.ofSeconds(30), m -> { }, 10, 1)) {
                feed.submit(List.of(co.elastic.clients.elasticsearch.core.bulk.BulkOperation.of(b -> b.index(i -> i
                        .index(gateway.alias(ArchiveIndex.IMPORTS)).id(line.getKey()).document(old)))), new IndexFeed.Outcome() {
                    @Override
                    public void stored() {
                    }

                    @Override
                    public void refused(String reason) {
                        throw new AssertionError(reason);
                    }
                });
                feed.awaitDrained();
            }
            gateway.refresh();
            assertThat(Ledger.of(gateway, "legacy").get(line.getKey()).rows()).isEqualTo(new ImportReport.RowCounts(2, 0, 2, 0));

            ImportReport again = new Importer(gateway).run(List.of(csv), job, ProgressListener.NONE);
            assertThat(again.resumed()).isEqualTo(1);
            assertThat(again.rows()).isEqualTo(first.rows());
            assertThat(again.letters()).isEqualTo(first.letters());
            assertThat(again.rowRejections()).extracting(ImportReport.RowRejection::line, ImportReport.RowRejection::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "Determination is neither, of the two"),
                            org.assertj.core.groups.Tuple.tuple(6L, "no ReferenceID"));
        }
    }

    @Test
    void anEntryThatIsNotACsvFilesOfTheOldFormIsReadAsItIs() {
        LedgerEntry letter = new LedgerEntry("j", "a.txt", "abc", LedgerEntry.DUPLICATE, "same content as b.txt", "CM1", 0,
                Instant.now(), null, null, null);
        assertThat(LegacyRowAccount.upgrade(letter)).isSameAs(letter);
        LedgerEntry rejected = new LedgerEntry("j", "a.csv", "abc", LedgerEntry.REJECTED,
                "no readable row: rows: 0 indexed, 0 duplicate, 3 rejected", null, 0, Instant.now(), null, null, null);
        assertThat(LegacyRowAccount.upgrade(rejected).rows()).isNull(); // the old code did not count these on resume
    }

    private Path writeExport() throws IOException {
        Path csv = work.resolve("dmhc-imr.csv");
        Files.writeString(csv, ArchiveFixture.CSV);
        return csv;
    }
}
