package org.imrarchive.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Runs imports in the background for the API; the command line runs them in the foreground. */
public interface ImportJobs extends AutoCloseable {

    /** Starts importing the given files/folders/zips; returns at once with the job's id. */
    String start(List<Path> inputs);

    /**
     * Starts importing uploaded files: the job owns their {@code folder}, keeps it while it may still resume (across
     * a restart too) and deletes it once it is done.
     */
    String startUpload(Path folder, List<Path> inputs);

    Optional<ImportProgress> progress(String jobId);

    /** The JSON report of an ended job, listing every rejection; empty while it runs or when it writes none. */
    default Optional<Path> report(String jobId) {
        return Optional.empty();
    }

    /**
     * Calls {@code listener} with each new snapshot of the job until it ends (the last call has state
     * FINISHED, FAILED or INTERRUPTED); returns a handle that stops the calls.
     */
    AutoCloseable subscribe(String jobId, Consumer<ImportProgress> listener);

    @Override
    void close();
}
