package org.imrarchive.importer;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of an import job, as the command line's progress bar, the API's job endpoint and its
 * server-sent events show it. Invariant once finished: indexed + duplicates + rejected == filesSeen.
 *
 * <p>{@code filesExpected} is counted before the import starts (zip entries from their central directory,
 * nested zips as one file), so it is an estimate for the ETA, never an account. {@code letters} counts letter
 * documents indexed: one per letter file, one per CSV row. {@code resumed} counts files whose outcome was taken
 * from the ledger of an earlier, interrupted run of the same job. {@code rejections} holds at most the first
 * {@value Tally#LISTED} and {@code rejectionsTruncated} says when there are more (the JSON report, {@link ImportReport},
 * holds every one); {@code rows} and {@code rowRejections} do the same for the rows of DMHC CSV exports.
 * {@code degraded} counts letters indexed whose text extraction had to make do (a font neither embedded nor
 * standard, for which a substitute was used, or any other degradation the extractor reports): the text of these may
 * be less faithful than their files. {@code message} tells what the import is waiting for
 * (e.g. Elasticsearch not answering, retrying) and, once ended, why it failed or how to resume; null when all is well.
 */
public record ImportProgress(
        String jobId,
        State state,
        long filesSeen,
        long indexed,
        long duplicates,
        long rejected,
        long decisions,
        Instant startedAt,
        Instant finishedAt,
        double filesPerSecond,
        List<Rejection> rejections,
        String message,
        long filesExpected,
        long letters,
        double lettersPerSecond,
        long resumed,
        ImportReport.RowCounts rows,
        List<ImportReport.RowRejection> rowRejections,
        boolean rejectionsTruncated,
        boolean rowRejectionsTruncated,
        long degraded) {

    public ImportProgress {
        rows = rows == null ? ImportReport.RowCounts.NONE : rows;
        rejections = rejections == null ? List.of() : rejections;
        rowRejections = rowRejections == null ? List.of() : rowRejections;
    }

    /** A job waiting for its turn, or just started: nothing counted yet. */
    public static ImportProgress starting(String jobId, Instant startedAt, String message) {
        return new ImportProgress(jobId, State.RUNNING, 0, 0, 0, 0, 0, startedAt, null, 0, List.of(), message, 0, 0, 0, 0,
                ImportReport.RowCounts.NONE, List.of(), false, false, 0);
    }

    /** The same snapshot with another message. */
    public ImportProgress withMessage(String text) {
        return new ImportProgress(jobId, state, filesSeen, indexed, duplicates, rejected, decisions, startedAt, finishedAt,
                filesPerSecond, rejections, text, filesExpected, letters, lettersPerSecond, resumed, rows, rowRejections,
                rejectionsTruncated, rowRejectionsTruncated, degraded);
    }

    /** The same counts, ended in {@code end} at {@code at} for {@code reason}. */
    public ImportProgress endedAs(State end, Instant at, String reason) {
        return new ImportProgress(jobId, end, filesSeen, indexed, duplicates, rejected, decisions, startedAt, at,
                filesPerSecond, rejections, reason, filesExpected, letters, lettersPerSecond, resumed, rows, rowRejections,
                rejectionsTruncated, rowRejectionsTruncated, degraded);
    }

    /** INTERRUPTED: stopped on request (Ctrl-C, shutdown); running the same import again resumes it. */
    public enum State { RUNNING, FINISHED, FAILED, INTERRUPTED }

    /** A file that was not indexed, and why, in words a user can act on. */
    public record Rejection(String path, String reason) {
    }

    public boolean ended() {
        return state != State.RUNNING;
    }

    /** Seconds left at the current pace, or -1 while that cannot be told. */
    public long etaSeconds() {
        long done = indexed + duplicates + rejected;
        if (filesPerSecond <= 0 || filesExpected <= done) {
            return -1;
        }
        return Math.round((filesExpected - done) / filesPerSecond);
    }
}
