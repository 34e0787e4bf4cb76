package org.imrarchive.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How long what import jobs leave behind is kept: job records and reports (in {@code imports/}) and quarantined
 * files (in {@code quarantine/<job>/}) older than the retention are removed when the server starts, except what
 * belongs to a job that has not ended (it resumes). Before, the quarantine and the reports grew for good.
 */
final class ImportRetention {

    private final Duration keep;

    /** @param keep how long to keep; zero or negative keeps everything */
    ImportRetention(Duration keep) {
        this.keep = keep == null ? Duration.ZERO : keep;
    }

    /** Removes what is older than the retention; returns how many files and folders it removed. */
    int sweep(JobRecords records, Path quarantine) {
        if (keep.isZero() || keep.isNegative()) {
            return 0;
        }
        FileTime before = FileTime.from(Instant.now().minus(keep));
        Set<String> unfinished = new HashSet<>();
        for (JobRecord r : records.all()) {
            if (!r.progress().ended() || r.progress().state() == ImportProgress.State.INTERRUPTED) {
                unfinished.add(r.jobId());
            }
        }
        int removed = 0;
        for (Path f : list(records.folder())) {
            if (Files.isRegularFile(f) && !unfinished.contains(jobOf(f.getFileName().toString())) && olderThan(f, before)) {
                BackgroundImportJobs.delete(f);
                removed++;
            }
        }
        for (Path job : list(quarantine)) {
            if (Files.isDirectory(job) && !unfinished.contains(job.getFileName().toString()) && olderThan(job, before)) {
                BackgroundImportJobs.delete(job);
                removed++;
            }
        }
        return removed;
    }

    /** {@code upload-1.json}, {@code upload-1.job.json}, {@code upload-1.json.rejections.part}: job {@code upload-1}. */
    private static String jobOf(String fileName) {
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static boolean olderThan(Path p, FileTime before) {
        try {
            return Files.getLastModifiedTime(p).compareTo(before) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> list(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
