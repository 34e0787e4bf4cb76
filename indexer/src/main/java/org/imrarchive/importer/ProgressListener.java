package org.imrarchive.importer;

/**
 * Hears how an import goes. {@link #progress} is called from one thread, a few times a second and once at
 * the end (the last snapshot has ended()); {@link #fileDone} is called from the parsing threads as each file
 * is accounted for, so it must be thread-safe and quick.
 */
public interface ProgressListener {

    ProgressListener NONE = snapshot -> { };

    void progress(ImportProgress snapshot);

    /** @param status INDEXED, DUPLICATE or REJECTED */
    default void fileDone(String path, String status) {
    }
}
