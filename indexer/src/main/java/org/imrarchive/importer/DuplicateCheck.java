package org.imrarchive.importer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;

/**
 * Whether a letter is one the job or the archive already holds. Within the job the answer is in memory
 * ({@link SeenInJob}); against the archive it is asked for a batch of letters at once (one ledger search, one
 * multi-get), not per letter: a per-letter round trip made Elasticsearch do three times the work of storing the
 * letter.
 */
final class DuplicateCheck {

    /** Letters looked up in the archive per request: large enough to amortise the round trip, small in memory. */
    static final int LOOKUP_BATCH = 250;

    private final ArchiveGateway gateway;
    private final Backoff backoff;
    private final SeenInJob seen;

    /** The only parts of a stored letter the duplicate check reads: its source, and its outcomes (for DMHC rows). */
    record StoredLetter(SourceInfo source, List<StoredDecision> decisions) {

        List<Outcome> outcomes() {
            return decisions == null ? List.of() : decisions.stream().map(StoredDecision::outcome).toList();
        }

        /** Where the letter came from, for a conflict's reason. */
        String from() {
            return source == null || source.file() == null ? "the archive" : source.file();
        }
    }

    record StoredDecision(Outcome outcome) {
    }

    DuplicateCheck(ArchiveGateway gateway, Backoff backoff, SeenInJob seen) {
        this.gateway = gateway;
        this.backoff = backoff;
        this.seen = seen;
    }

    /** A file whose content, or whose letter, this job already holds is a duplicate: of what, if it is one. */
    Optional<String> inJob(String path, String sha, String letterId) {
        String sameContent = seen.content(sha, path);
        if (sameContent != null) {
            return Optional.of("same content as " + sameContent);
        }
        String sameLetter = seen.letter(letterId, path);
        if (sameLetter != null) {
            return Optional.of("same letter (" + letterId + ") as " + sameLetter);
        }
        return Optional.empty();
    }

    /**
     * For each letter of the batch, in order, what it duplicates in the archive, if anything: a file of identical
     * content any job indexed, or the same letter stored from another file. First forgets what the job holds in
     * memory that the archive can answer for now.
     */
    List<Optional<String>> inArchive(List<Candidate> batch) {
        seen.forgetSettled(() -> backoff.run("refresh the ledger", () -> gateway.refresh(ArchiveIndex.IMPORTS)));
        Map<String, LedgerEntry> imported = backoff.call("look up earlier imports",
                () -> Ledger.indexedWithAny(gateway, batch.stream().map(c -> c.file().sha256()).toList()));
        Map<String, StoredLetter> stored = storedLetters(batch.stream().map(Candidate::letterId).toList());
        return batch.stream()
                .map(c -> alreadyImported(imported.get(c.file().sha256()))
                        .or(() -> inArchive(c.letterId(), c.file().sha256(), stored.get(c.letterId()))))
                .toList();
    }

    /** The file, of any job, whose identical content was indexed: what a file of that content duplicates. */
    Optional<String> alreadyImported(String sha) {
        return alreadyImported(backoff.call("look up earlier imports", () -> Ledger.indexedWith(gateway, sha)).orElse(null));
    }

    private static Optional<String> alreadyImported(LedgerEntry imported) {
        return Optional.ofNullable(imported)
                .map(e -> "already imported from " + e.path() + " (job " + e.jobId() + ")");
    }

    /** The letters of {@code ids} the archive holds (real-time: also those not refreshed yet), by id. */
    Map<String, StoredLetter> storedLetters(Collection<String> ids) {
        return backoff.call("look up " + ids.size() + " letter(s)",
                () -> gateway.getAll(ArchiveIndex.LETTERS, ids, List.of("source", "decisions.outcome"), StoredLetter.class));
    }

    /**
     * A letter the archive already has from another file is a duplicate. A letter in the archive with this
     * very content but in no ledger was stored by an interrupted run just before it could write its ledger:
     * it is imported again, not a duplicate.
     */
    static Optional<String> inArchive(String letterId, String sha, StoredLetter existing) {
        if (existing == null) {
            return Optional.empty();
        }
        SourceInfo source = existing.source();
        if (source != null && sha.equals(source.sha256())) {
            return Optional.empty();
        }
        return Optional.of("letter " + letterId + " is already in the archive"
                + (source == null || source.file() == null ? "" : ", from " + source.file()));
    }
}
