package org.imrarchive.importer;

import java.time.Instant;
import java.util.List;

/**
 * What became of one input file in one job, as the imports index keeps it (field names match
 * {@code imports-index.json}): the ledger a re-run reads to resume, and the proof a letter was imported.
 *
 * @param reason        why it was rejected or is a duplicate (for a CSV file, a line of its row counts)
 * @param decisions     decisions indexed from the file (for a CSV file: its rows indexed)
 * @param rows          for a CSV file, what became of its rows; null for a letter file
 * @param rowRejections for a CSV file, its first {@value Tally#LISTED} rows refused or in conflict, by line
 * @param degradations  for a letter indexed, why its text may be less faithful than the file (e.g. a substitute font)
 */
public record LedgerEntry(String jobId, String path, String sha256, String status, String reason, String letterId,
                          Integer decisions, Instant at, ImportReport.RowCounts rows, List<RefusedRow> rowRejections,
                          List<String> degradations) {

    public static final String INDEXED = "INDEXED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";

    public LedgerEntry {
        rowRejections = rowRejections == null ? List.of() : rowRejections;
        degradations = degradations == null ? List.of() : degradations;
    }

    /** A CSV row refused (malformed, or in conflict with an earlier row), by the line it starts on. */
    public record RefusedRow(long line, String reason) {
    }

    /** The ledger id of a file in a job: stable across runs, so a re-run finds it without reading the file. */
    static String key(String jobId, String path, long size) {
        return LetterIdentity.sha256(jobId + "\n" + path + "\n" + size).substring(0, 40);
    }
}
