package org.imrarchive.importer;

/** Elasticsearch stayed unreachable longer than the import's retry window; the import stops, resumable. */
public final class ArchiveUnavailableException extends RuntimeException {
    public ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
