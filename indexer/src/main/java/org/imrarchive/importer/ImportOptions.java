package org.imrarchive.importer;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How one import runs.
 *
 * @param jobId            the job's id; null derives it from the inputs ({@link Importer#jobIdFor}), so running the
 *                         same command again resumes the same job from its ledger
 * @param reportFile       where the JSON report goes; null writes none
 * @param quarantineDir    where rejected files are copied, keeping their archive path; null copies none
 * @param limits           sizes and ratios beyond which a file or zip entry is refused as unsafe
 * @param parallelism      files parsed at once
 * @param largeImport      from this many expected files on, index refresh is turned off during the import
 * @param retryWindow      how long Elasticsearch may stay unreachable before the import gives up (resumable)
 * @param forgetAfter      files whose import is settled that the job keeps in memory for duplicate checks before
 *                         refreshing the ledger and leaving those checks to Elasticsearch (keeps the heap flat)
 */
public record ImportOptions(String jobId, Path reportFile, Path quarantineDir, ImportLimits limits, int parallelism,
                            long largeImport, Duration retryWindow, int forgetAfter) {

    /**
     * One ledger refresh per this many files: ~20 MB of heap at most. Every 10,000 made the ledger's small segments
     * worth merging, 2.5 s of Elasticsearch's CPU in a 100,000-letter import (BENCHMARKS.md, section 2).
     */
    static final int FORGET_AFTER = 50_000;

    public ImportOptions {
        if (limits == null) {
            limits = ImportLimits.defaults();
        }
        if (parallelism < 1) {
            parallelism = Runtime.getRuntime().availableProcessors();
        }
        if (retryWindow == null) {
            retryWindow = Duration.ofMinutes(2);
        }
        if (forgetAfter < 1) {
            forgetAfter = FORGET_AFTER;
        }
    }

    /**
     * Defaults for a command-line import with {@code IMR_HOME} at {@code home}: report in
     * {@code home/imports/<jobId>.json}, rejected files in {@code home/quarantine/<jobId>/}.
     */
    public static ImportOptions inHome(Path home, String jobId) {
        return new ImportOptions(jobId, home.resolve("imports").resolve(jobId + ".json"),
                home.resolve("quarantine").resolve(jobId), ImportLimits.defaults(), 0, 500, Duration.ofMinutes(2), FORGET_AFTER);
    }

    /** No report, no quarantine, default limits: for callers that only want the index filled. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, ImportLimits.defaults(), 0, 500, Duration.ofMinutes(2), FORGET_AFTER);
    }

    public ImportOptions withJobId(String id) {
        return new ImportOptions(id, reportFile, quarantineDir, limits, parallelism, largeImport, retryWindow, forgetAfter);
    }

    public ImportOptions withReportFile(Path file) {
        return new ImportOptions(jobId, file, quarantineDir, limits, parallelism, largeImport, retryWindow, forgetAfter);
    }

    public ImportOptions withQuarantineDir(Path dir) {
        return new ImportOptions(jobId, reportFile, dir, limits, parallelism, largeImport, retryWindow, forgetAfter);
    }

    public ImportOptions withLimits(ImportLimits l) {
        return new ImportOptions(jobId, reportFile, quarantineDir, l, parallelism, largeImport, retryWindow, forgetAfter);
    }

    public ImportOptions withLargeImport(long files) {
        return new ImportOptions(jobId, reportFile, quarantineDir, limits, parallelism, files, retryWindow, forgetAfter);
    }

    public ImportOptions withRetryWindow(Duration window) {
        return new ImportOptions(jobId, reportFile, quarantineDir, limits, parallelism, largeImport, window, forgetAfter);
    }

    public ImportOptions withForgetAfter(int files) {
        return new ImportOptions(jobId, reportFile, quarantineDir, limits, parallelism, largeImport, retryWindow, files);
    }
}
