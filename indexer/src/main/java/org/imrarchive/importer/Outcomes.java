package org.imrarchive.importer;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.imrarchive.storage.ArchiveIndex;

/**
 * Where each file of a run ends: counted in the {@link Tally}, told to the listener, written as a line of the job's
 * ledger (what a re-run reads to resume), and, when rejected, kept in the quarantine folder for a look.
 */
final class Outcomes {

    private final String jobId;
    private final Tally tally;
    private final ProgressListener listener;
    private final IndexFeed feed;
    private final SeenInJob seen;
    private final Quarantine quarantine;

    /** @param quarantine where rejected files are copied; null keeps none */
    Outcomes(String jobId, Tally tally, ProgressListener listener, IndexFeed feed, SeenInJob seen, Quarantine quarantine) {
        this.jobId = jobId;
        this.tally = tally;
        this.listener = listener;
        this.feed = feed;
        this.seen = seen;
        this.quarantine = quarantine;
    }

    /** A letter file stored, as letter {@code letterId} with {@code decisions} decisions. */
    void indexed(Candidate c, int decisions) {
        tally.indexed(1, decisions, c.degradations());
        record(c.file(), LedgerEntry.INDEXED, null, c.letterId(), decisions, null, List.of(), c.degradations());
    }

    /** A DMHC export whose fresh rows are stored. */
    void indexed(JobFile file, RowCheck.Account rows) {
        int stored = rows.fresh().size();
        ImportReport.RowCounts counts = rows.counts(stored);
        tally.rows(file.path(), counts, rows.refused());
        tally.indexed(stored, stored, List.of());
        record(file, LedgerEntry.INDEXED, rows.summary(), null, stored, counts, rows.refused(), List.of());
    }

    void duplicate(JobFile file, String letterId, String of) {
        tally.duplicate();
        record(file, LedgerEntry.DUPLICATE, of, letterId, 0, null, List.of(), List.of());
    }

    /** A DMHC export with no row to store, and some duplicate or in conflict. */
    void duplicate(JobFile file, RowCheck.Account rows) {
        ImportReport.RowCounts counts = rows.counts(0);
        tally.rows(file.path(), counts, rows.refused());
        tally.duplicate();
        record(file, LedgerEntry.DUPLICATE, rows.duplicateOf().orElse(rows.summary()), null, 0, counts, rows.refused(),
                List.of());
    }

    void rejected(JobFile file, String reason) {
        rejected(file, reason, null);
    }

    /** A DMHC export with no readable row. */
    void rejected(JobFile file, RowCheck.Account rows) {
        rejected(file, "no readable row: " + rows.summary(), rows);
    }

    private void rejected(JobFile file, String reason, RowCheck.Account rows) {
        if (quarantine != null) {
            try {
                quarantine.keep(file.path(), file.bytes(), reason);
            } catch (IOException | RuntimeException e) {
                tally.message("could not copy " + file.path() + " to the quarantine folder: " + e.getMessage());
            }
        }
        ImportReport.RowCounts counts = rows == null ? null : rows.counts(0);
        List<LedgerEntry.RefusedRow> refused = rows == null ? List.of() : rows.refused();
        if (counts != null) {
            tally.rows(file.path(), counts, refused);
        }
        tally.rejected(file.path(), reason);
        record(file, LedgerEntry.REJECTED, reason, null, 0, counts, refused, List.of());
    }

    /** Writes a file's line in the ledger; its outcome is already counted, the ledger is what a re-run reads. */
    private void record(JobFile file, String status, String reason, String letterId, int decisions,
                        ImportReport.RowCounts rows, List<LedgerEntry.RefusedRow> refused, List<String> degradations) {
        // a file's first refused rows only: the report file lists every one, and a ledger line stays small
        List<LedgerEntry.RefusedRow> kept = refused.stream().limit(Tally.LISTED)
                .map(r -> new LedgerEntry.RefusedRow(r.line(), shorten(r.reason()))).toList();
        LedgerEntry entry = new LedgerEntry(jobId, file.path(), file.sha256(), status, shorten(reason), letterId, decisions,
                Instant.now(), rows, kept, degradations);
        listener.fileDone(entry.path(), entry.status());
        feed.submit(List.of(feed.operation(ArchiveIndex.IMPORTS, file.key(), entry)), new IndexFeed.Outcome() {
            @Override
            public void stored() {
                seen.settled(entry.sha256(), entry.letterId(), entry.path());
            }

            @Override
            public void refused(String reason) {
                tally.message("the ledger refused an entry for " + entry.path() + ": " + reason);
            }
        });
    }

    private static String shorten(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
    }
}
