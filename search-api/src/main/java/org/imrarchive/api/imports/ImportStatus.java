package org.imrarchive.api.imports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;
import org.imrarchive.importer.ImportProgress;

/**
 * An import job as {@code GET /api/imports/{id}} and its event stream show it: the job's snapshot, and where to
 * follow it and fetch its full report (every rejection, where the snapshot lists the first 200 and says
 * {@code rejectionsTruncated}).
 */
public record ImportStatus(@JsonUnwrapped ImportProgress progress, Map<String, String> links) {

    static ImportStatus of(ImportProgress progress) {
        String self = "/api/imports/" + progress.jobId();
        return new ImportStatus(progress, Map.of("self", self, "events", self + "/events", "report", self + "/report"));
    }
}
