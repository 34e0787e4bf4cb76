package org.imrarchive.importer;

import java.util.List;
import org.imrarchive.letter.Letter;

/** A parsed letter new to its job, not yet known to be new to the archive. */
record Candidate(JobFile file, String letterId, Letter letter, List<String> degradations) {
}
