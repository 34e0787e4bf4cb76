package org.imrarchive.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.imrarchive.storage.ArchiveGateway;

/**
 * Imports letters (PDF, text, HTML), folders of them, zips of them (nested too) and DMHC CSV exports
 * into the archive: idempotent (a letter already in the archive is a duplicate, never a second copy),
 * accountable (every file ends indexed, duplicate or rejected, with the reason) and resumable (a job's
 * ledger in the imports index lets a re-run of the same job pick up where it stopped).
 */
public final class Importer {

    private final ArchiveGateway gateway;

    public Importer(ArchiveGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * Runs an import to its end on the calling thread. Interrupting the thread stops it after the files
     * already read are stored (state INTERRUPTED, the thread's interrupt flag set again); Elasticsearch
     * staying away past the retry window ends it FAILED. Either way the report says what was done, and
     * running the same job again finishes it.
     */
    public ImportReport run(List<Path> inputs, ImportOptions options, ProgressListener listener) {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to import: give at least one file, folder or zip");
        }
        String jobId = options.jobId() != null ? options.jobId() : jobIdFor(inputs);
        return new ImportRun(jobId, inputs, options, listener == null ? ProgressListener.NONE : listener,
                gateway).execute();
    }

    /**
     * The job id of a command-line import: derived from the inputs' absolute paths (in any order), so
     * running the same command again after a crash or Ctrl-C resumes the same job.
     */
    public static String jobIdFor(List<Path> inputs) {
        String paths = String.join("\n", inputs.stream()
                .map(p -> p.toAbsolutePath().normalize().toString()).sorted().toList());
        return "import-" + LetterIdentity.sha256(paths).substring(0, 16);
    }

    /** A fresh job id, for uploads: each upload is its own job. */
    public static String newJobId() {
        return "upload-" + UUID.randomUUID();
    }
}
