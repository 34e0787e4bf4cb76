package org.imrarchive.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running account of one import, safe to update from every thread. It holds counts and the first
 * {@link #LISTED} rejections of files and of CSV rows, never a list that grows with the import: the rest go to the
 * {@link RejectionLog} on disk, from which the report file lists all.
 */
final class Tally {

    /** Rejections of files, and of CSV rows, listed in snapshots and in the report a run returns. */
    static final int LISTED = 200;

    /** The ledger's account of a CSV file; the conflicts part is absent in ledgers written before conflicts were told. */
    private static final Pattern ROWS = Pattern.compile("^rows: (\\d+) indexed, (\\d+) duplicate, (\\d+) rejected(?:, (\\d+) in conflict)?");
    private static final Pattern ROW_REJECTION = Pattern.compile("line (\\d+): ([^;]+)");

    final AtomicLong seen = new AtomicLong();
    final AtomicLong indexed = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong resumed = new AtomicLong();
    final AtomicLong letters = new AtomicLong();
    final AtomicLong decisions = new AtomicLong();
    final AtomicLong rowsIndexed = new AtomicLong();
    final AtomicLong rowsDuplicate = new AtomicLong();
    final AtomicLong rowsRejected = new AtomicLong();
    final AtomicLong rowsInConflict = new AtomicLong();
    private final List<ImportProgress.Rejection> firstRejections = new ArrayList<>();
    private final List<ImportReport.RowRejection> firstRowRejections = new ArrayList<>();
    private long rowRejectionsMet;

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

    void message(String text) {
        this.message = text;
    }

    String message() {
        return message;
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

    /** A CSV row refused, or in conflict with an earlier row: listed with its line; counted by the caller. */
    void rowRefused(String path, long line, String reason) {
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

    /** Counts a file the way an earlier run of the job recorded it in the ledger. */
    void resume(LedgerEntry entry) {
        resumed.incrementAndGet();
        int decided = entry.decisions() == null ? 0 : entry.decisions();
        Matcher rows = entry.reason() == null ? null : ROWS.matcher(entry.reason());
        boolean csv = rows != null && rows.find();
        if (csv) {
            rowsIndexed.addAndGet(Long.parseLong(rows.group(1)));
            rowsDuplicate.addAndGet(Long.parseLong(rows.group(2)));
            rowsRejected.addAndGet(Long.parseLong(rows.group(3)));
            rowsInConflict.addAndGet(rows.group(4) == null ? 0 : Long.parseLong(rows.group(4)));
            Matcher m = ROW_REJECTION.matcher(entry.reason());
            while (m.find()) {
                rowRefused(entry.path(), Long.parseLong(m.group(1)), m.group(2).strip());
            }
        }
        switch (entry.status()) {
            case LedgerEntry.INDEXED -> {
                indexed.incrementAndGet();
                decisions.addAndGet(decided);
                letters.addAndGet(csv ? decided : 1);
            }
            case LedgerEntry.DUPLICATE -> duplicates.incrementAndGet();
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

    ImportProgress snapshot(ImportProgress.State state, Instant finishedAt) {
        Instant now = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
        long done = indexed.get() + duplicates.get() + rejected.get();
        List<ImportProgress.Rejection> listed = listedRejections();
        return new ImportProgress(jobId, state, seen.get(), indexed.get(), duplicates.get(), rejected.get(),
                decisions.get(), startedAt, finishedAt, (done - resumed.get()) / seconds, listed, message,
                Math.max(expected, seen.get()), letters.get(), letters.get() / seconds, resumed.get(), rows(),
                listedRowRejections(), rejected.get() > listed.size(), rowRejectionsCut());
    }

    ImportReport report(List<String> inputs, ImportProgress.State state, Instant finishedAt) {
        List<ImportProgress.Rejection> listed = listedRejections();
        return new ImportReport(jobId, inputs, state, startedAt, finishedAt,
                Duration.between(startedAt, finishedAt).toMillis() / 1000.0,
                seen.get(), indexed.get(), duplicates.get(), rejected.get(), resumed.get(), letters.get(), decisions.get(),
                rows(), listed, listedRowRejections(), message, rejected.get() > listed.size(), rowRejectionsCut());
    }
}
