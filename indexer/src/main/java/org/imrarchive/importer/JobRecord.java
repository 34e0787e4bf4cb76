package org.imrarchive.importer;

import java.util.List;

/**
 * What the server keeps on disk of one background import job, so that its status outlives a restart and an
 * unfinished job can be run again: the job's inputs, the upload folder it owns, where its report goes, and its
 * latest snapshot (counts, state, the first rejections; never a list that grows with the import).
 *
 * @param uploadFolder the folder of uploaded files the job owns (deleted once it is done); null for files it was
 *                     pointed at, which are not its to delete
 * @param reportFile   the job's JSON report, written when it ends; null when it writes none
 */
record JobRecord(String jobId, List<String> inputs, String uploadFolder, String reportFile, ImportProgress progress) {

    JobRecord {
        inputs = List.copyOf(inputs);
    }

    JobRecord with(ImportProgress latest) {
        return new JobRecord(jobId, inputs, uploadFolder, reportFile, latest);
    }
}
