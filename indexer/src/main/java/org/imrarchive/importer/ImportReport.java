package org.imrarchive.importer;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imrarchive.letter.LetterJson;

/**
 * The account of one import, printed as the summary table and written as JSON: every file seen ends
 * indexed, duplicate or rejected, and each rejection carries its reason.
 *
 * @param resumed       files whose outcome came from the ledger of an earlier run of this job
 * @param letters       letter documents indexed: one per letter file, one per CSV row
 * @param rows          what became of the rows inside CSV files (each CSV file counts as one file)
 * @param rejections    the files rejected, with their reasons: every one in the report file; the first
 *                      {@value Tally#LISTED} in the report a run returns and in a job's progress
 * @param rowRejections CSV rows refused or in conflict, with their line numbers; the rest of their file went on
 * @param rejectionsTruncated    true when {@code rejections} lists fewer than {@code rejected} (the file lists all)
 * @param rowRejectionsTruncated true when {@code rowRejections} lists fewer than the rows rejected and in conflict
 * @param degraded      letters indexed whose text extraction was degraded (e.g. a font not embedded, for which a
 *                      substitute was used): their text may be less faithful than their files
 * @param degradations  for each reason of degradation, the letters indexed that had it (a letter may have several)
 */
public record ImportReport(
        String jobId,
        List<String> inputs,
        ImportProgress.State state,
        Instant startedAt,
        Instant finishedAt,
        double durationSeconds,
        long filesSeen,
        long indexed,
        long duplicates,
        long rejected,
        long resumed,
        long letters,
        long decisions,
        RowCounts rows,
        List<ImportProgress.Rejection> rejections,
        List<RowRejection> rowRejections,
        String message,
        boolean rejectionsTruncated,
        boolean rowRejectionsTruncated,
        long degraded,
        Map<String, Long> degradations) {

    public ImportReport {
        degradations = degradations == null ? Map.of() : degradations;
    }

    /**
     * @param conflicts rows whose ReferenceID an earlier row (of this job or in the archive) has with another
     *                  outcome: the earlier one stands, these are listed among the row rejections as conflicts
     */
    public record RowCounts(long indexed, long duplicates, long rejected, long conflicts) {

        public static final RowCounts NONE = new RowCounts(0, 0, 0, 0);
    }

    public record RowRejection(String path, long line, String reason) {
    }

    /** The invariant an archivist checks: no file unaccounted for. */
    public boolean balanced() {
        return indexed + duplicates + rejected == filesSeen;
    }

    public void writeTo(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            LetterJson.mapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the import report to " + file + ": " + e.getMessage(), e);
        }
    }

    public static ImportReport readFrom(Path file) {
        try {
            return LetterJson.mapper().readValue(file.toFile(), ImportReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the import report " + file + ": " + e.getMessage(), e);
        }
    }
}
