package org.imrarchive.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The running account of one import, safe to update from every thread. */
final class Tally {

    /** Snapshots carry at most this many rejections; the report carries all. */
    static final int SNAPSHOT_REJECTIONS = 200;

    private static final Pattern ROWS = Pattern.compile("^rows: (\\d+) indexed, (\\d+) duplicate, (\\d+) rejected");
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
    final ConcurrentLinkedQueue<ImportProgress.Rejection> rejections = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<ImportReport.RowRejection> rowRejections = new ConcurrentLinkedQueue<>();

    private final String jobId;
    private final Instant startedAt;
    private volatile long expected;
    private volatile String message;

    Tally(String jobId, Instant startedAt) {
        this.jobId = jobId;
        this.startedAt = startedAt;
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
        rejections.add(new ImportProgress.Rejection(path, reason));
        rejected.incrementAndGet();
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
            Matcher m = ROW_REJECTION.matcher(entry.reason());
            while (m.find()) {
                rowRejections.add(new ImportReport.RowRejection(entry.path(), Long.parseLong(m.group(1)), m.group(2).strip()));
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

    ImportProgress snapshot(ImportProgress.State state, Instant finishedAt) {
        Instant now = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
        long done = indexed.get() + duplicates.get() + rejected.get();
        List<ImportProgress.Rejection> some = new ArrayList<>();
        for (ImportProgress.Rejection r : rejections) {
            if (some.size() == SNAPSHOT_REJECTIONS) {
                break;
            }
            some.add(r);
        }
        return new ImportProgress(jobId, state, seen.get(), indexed.get(), duplicates.get(), rejected.get(),
                decisions.get(), startedAt, finishedAt, (done - resumed.get()) / seconds, List.copyOf(some), message,
                Math.max(expected, seen.get()), letters.get(), letters.get() / seconds, resumed.get());
    }

    ImportReport report(List<String> inputs, ImportProgress.State state, Instant finishedAt) {
        return new ImportReport(jobId, inputs, state, startedAt, finishedAt,
                Duration.between(startedAt, finishedAt).toMillis() / 1000.0,
                seen.get(), indexed.get(), duplicates.get(), rejected.get(), resumed.get(), letters.get(), decisions.get(),
                new ImportReport.RowCounts(rowsIndexed.get(), rowsDuplicate.get(), rowsRejected.get()),
                List.copyOf(rejections), List.copyOf(rowRejections), message);
    }
}
