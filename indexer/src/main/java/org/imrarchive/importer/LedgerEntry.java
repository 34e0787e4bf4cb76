package org.imrarchive.importer;

import java.time.Instant;

/**
 * What became of one input file in one job, as the imports index keeps it (field names match
 * {@code imports-index.json}): the ledger a re-run reads to resume, and the proof a letter was imported.
 *
 * @param decisions decisions indexed from the file (for a CSV file: its rows indexed)
 * @param reason    why it was rejected or is a duplicate; for a CSV file, its row counts and row refusals
 */
public record LedgerEntry(String jobId, String path, String sha256, String status, String reason, String letterId,
                          Integer decisions, Instant at) {

    public static final String INDEXED = "INDEXED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";

    /** The ledger id of a file in a job: stable across runs, so a re-run finds it without reading the file. */
    static String key(String jobId, String path, long size) {
        return LetterIdentity.sha256(jobId + "\n" + path + "\n" + size).substring(0, 40);
    }
}
