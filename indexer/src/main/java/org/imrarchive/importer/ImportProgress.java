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
 * from the ledger of an earlier, interrupted run of the same job. {@code rejections} holds at most the first 200
 * (the JSON report, {@link ImportReport}, holds every one). {@code message} tells what the import is waiting for
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
        long resumed) {

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
