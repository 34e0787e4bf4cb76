package org.imrarchive.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The running account of one import, safe to update from every thread: told what became of each file (and of each
 * row of a CSV file), it keeps the counts and the first {@link #LISTED} rejections of files and of CSV rows, never a
 * list that grows with the import: the rest go to the {@link RejectionLog} on disk, from which the report file
 * lists all.
 */
final class Tally {

    /** Rejections of files, and of CSV rows, listed in snapshots and in the report a run returns. */
    static final int LISTED = 200;

    private final AtomicLong seen = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong resumed = new AtomicLong();
    private final AtomicLong letters = new AtomicLong();
    private final AtomicLong decisions = new AtomicLong();
    private final AtomicLong rowsIndexed = new AtomicLong();
    private final AtomicLong rowsDuplicate = new AtomicLong();
    private final AtomicLong rowsRejected = new AtomicLong();
    private final AtomicLong rowsInConflict = new AtomicLong();
    private final AtomicLong degraded = new AtomicLong();
    /** Letters indexed per degradation reason; at most {@link #LISTED} reasons, the rest under {@link #OTHER}. */
    private final Map<String, Long> degradations = new TreeMap<>();
    private final List<ImportProgress.Rejection> firstRejections = new ArrayList<>();
    private final List<ImportReport.RowRejection> firstRowRejections = new ArrayList<>();
    private long rowRejectionsMet;

    static final String OTHER = "other degradations";

    private final String jobId;
    private final Instant startedAt;
    private final RejectionLog log;
    private volatile long expected;
    private volatile String message;

    /** @param log where every rejection goes as well; null keeps only the first {@link #LISTED} */
    Tally(String jobId, Instant startedAt, RejectionLog log) {
        this.jobId = jobId;
        this.startedAt = startedAt;
        this.log = log;
    }

    void expect(long files) {
        this.expected = files;
    }

    long expected() {
        return expected;
    }

    void message(String text) {
        this.message = text;
    }

    /** A file met: from now on it must end indexed, a duplicate or rejected. */
    void seen() {
        seen.incrementAndGet();
    }

    /** A file met but left unread (the run was stopped): the next run of the job takes it. */
    void unseen() {
        seen.decrementAndGet();
    }

    /** Files met that are not accounted for yet. */
    long open() {
        return seen.get() - indexed.get() - duplicates.get() - rejected.get();
    }

    /**
     * A file stored: {@code letters} letter documents (one for a letter file, one per row of a CSV file) holding
     * {@code decisions} decisions; {@code degradations} says why a letter's text may be less faithful than its file.
     */
    void indexed(long letters, long decisions, List<String> degradations) {
        this.letters.addAndGet(letters);
        this.decisions.addAndGet(decisions);
        if (!degradations.isEmpty()) {
            degraded.addAndGet(letters);
            synchronized (this.degradations) {
                for (String reason : degradations) {
                    String kept = this.degradations.containsKey(reason) || this.degradations.size() < LISTED ? reason : OTHER;
                    this.degradations.merge(kept, letters, Long::sum);
                }
            }
        }
        indexed.incrementAndGet();
    }

    /** A file whose content, or whose letters, the job or the archive already holds. */
    void duplicate() {
        duplicates.incrementAndGet();
    }

    void rejected(String path, String reason) {
        ImportProgress.Rejection r = new ImportProgress.Rejection(path, reason);
        synchronized (firstRejections) {
            if (firstRejections.size() < LISTED) {
                firstRejections.add(r);
            }
        }
        rejected.incrementAndGet();
        if (log != null) {
            log.file(r);
        }
    }

    /** What became of the rows of the CSV file at {@code path}; each refusal is listed with its line. */
    void rows(String path, ImportReport.RowCounts rows, List<LedgerEntry.RefusedRow> refused) {
        rowsIndexed.addAndGet(rows.indexed());
        rowsDuplicate.addAndGet(rows.duplicates());
        rowsRejected.addAndGet(rows.rejected());
        rowsInConflict.addAndGet(rows.conflicts());
        refused.forEach(m -> rowRejected(path, m.line(), m.reason()));
        long unlisted = rows.rejected() + rows.conflicts() - refused.size();
        if (unlisted > 0) { // a resumed file: its ledger line keeps its first refusals only
            synchronized (firstRowRejections) {
                rowRejectionsMet += unlisted;
            }
        }
    }

    /** A CSV row refused, or in conflict with an earlier row: listed with its line. */
    private void rowRejected(String path, long line, String reason) {
        ImportReport.RowRejection r = new ImportReport.RowRejection(path, line, reason);
        synchronized (firstRowRejections) {
            rowRejectionsMet++;
            if (firstRowRejections.size() < LISTED) {
                firstRowRejections.add(r);
            }
        }
        if (log != null) {
            log.row(r);
        }
    }

    /** A file an earlier run of the job accounted for: counted the way its ledger entry says. */
    void resumed(LedgerEntry entry) {
        resumed.incrementAndGet();
        if (entry.rows() != null) {
            rows(entry.path(), entry.rows(), entry.rowRejections());
        }
        switch (entry.status()) {
            case LedgerEntry.INDEXED -> {
                int decided = entry.decisions() == null ? 0 : entry.decisions();
                indexed(entry.rows() != null ? decided : 1, decided, entry.degradations());
            }
            case LedgerEntry.DUPLICATE -> duplicate();
            default -> rejected(entry.path(), entry.reason());
        }
    }

    private ImportReport.RowCounts rows() {
        return new ImportReport.RowCounts(rowsIndexed.get(), rowsDuplicate.get(), rowsRejected.get(), rowsInConflict.get());
    }

    private List<ImportProgress.Rejection> listedRejections() {
        synchronized (firstRejections) {
            return List.copyOf(firstRejections);
        }
    }

    private List<ImportReport.RowRejection> listedRowRejections() {
        synchronized (firstRowRejections) {
            return List.copyOf(firstRowRejections);
        }
    }

    private boolean rowRejectionsCut() {
        synchronized (firstRowRejections) {
            return rowRejectionsMet > firstRowRejections.size();
        }
    }

    private Map<String, Long> degradations() {
        synchronized (degradations) {
            return Map.copyOf(degradations);
        }
    }

    ImportProgress snapshot(ImportProgress.State state, Instant finishedAt) {
        Instant now = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
        long done = indexed.get() + duplicates.get() + rejected.get();
        List<ImportProgress.Rejection> listed = listedRejections();
        return new ImportProgress(jobId, state, seen.get(), indexed.get(), duplicates.get(), rejected.get(),
                decisions.get(), startedAt, finishedAt, (done - resumed.get()) / seconds, listed, message,
                Math.max(expected, seen.get()), letters.get(), letters.get() / seconds, resumed.get(), rows(),
                listedRowRejections(), rejected.get() > listed.size(), rowRejectionsCut(), degraded.get());
    }

    ImportReport report(List<String> inputs, ImportProgress.State state, Instant finishedAt) {
        List<ImportProgress.Rejection> listed = listedRejections();
        return new ImportReport(jobId, inputs, state, startedAt, finishedAt,
                Duration.between(startedAt, finishedAt).toMillis() / 1000.0,
                seen.get(), indexed.get(), duplicates.get(), rejected.get(), resumed.get(), letters.get(), decisions.get(),
                rows(), listed, listedRowRejections(), message, rejected.get() > listed.size(), rowRejectionsCut(),
                degraded.get(), degradations());
    }
}
