package org.imrarchive.api.imports;

import java.util.List;
import java.util.Map;

/** The answer to {@code POST /api/imports}: the job and where to follow it. */
public record ImportStarted(String jobId, List<String> files, Map<String, String> links) {
}
