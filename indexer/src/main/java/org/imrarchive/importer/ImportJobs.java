package org.imrarchive.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Runs imports in the background for the API; the command line runs them in the foreground. */
public interface ImportJobs extends AutoCloseable {

    /** Starts importing the given files/folders/zips; returns at once with the job's id. */
    String start(List<Path> inputs);

    Optional<ImportProgress> progress(String jobId);

    /**
     * Calls {@code listener} with each new snapshot of the job until it ends (the last call has state
     * FINISHED or FAILED); returns a handle that stops the calls.
     */
    AutoCloseable subscribe(String jobId, Consumer<ImportProgress> listener);

    @Override
    void close();
}
