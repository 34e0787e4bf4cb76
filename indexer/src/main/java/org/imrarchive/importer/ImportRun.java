package org.imrarchive.importer;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.imrarchive.extract.TextExtractor;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.DecisionDocuments;

/**
 * One run of an import job. The calling thread walks the inputs and reads each file (bounded by the
 * import's limits); a fixed pool parses, at most twice as many files held in memory as there are
 * parsers (the walker waits beyond that); the {@link IndexFeed} stores documents in bulk. Every file
 * seen ends INDEXED, DUPLICATE or REJECTED in the tally and in the job's ledger. Whether a parsed letter is
 * already in the archive is asked for a batch of letters at once (one ledger search, one multi-get), not per
 * letter: a per-letter round trip made Elasticsearch do three times the work of storing the letter. The batches
 * are looked up and stored on a thread of their own, so parsing goes on while Elasticsearch answers.
 */
final class ImportRun {

    private final String jobId;
    private final List<Path> inputs;
    private final ImportOptions options;
    private final ProgressListener listener;
    private final ArchiveGateway gateway;
    private final LetterReader reader;
    private final Tally tally;
    private final RejectionLog rejectionLog;
    private final Backoff backoff;
    private final Quarantine quarantine;
    private final SeenInJob seen;
    /** Parsed letters new to this job, waiting to be looked up in the archive together; at most LOOKUP_BATCH. */
    private final List<Candidate> waiting = new ArrayList<>();
    private volatile String lookupFailure;
    private Map<String, LedgerEntry> earlier = Map.of();
    private IndexFeed feed;
    private ExecutorService parsers;
    private Semaphore inMemory;
    private ExecutorService lookups;
    private final Semaphore lookupSlots = new Semaphore(LOOKUPS_AHEAD);
    private volatile boolean interruptedLate;

    /** Letters looked up in the archive per request: large enough to amortise the round trip, small in memory. */
    static final int LOOKUP_BATCH = 250;

    /**
     * Batches waiting for, or in, their lookup; a parser waits beyond that. When the lookups ran on the parser
     * threads, a parser idled for each round trip, which with a busy Elasticsearch was ~15% of an import.
     */
    static final int LOOKUPS_AHEAD = 2;

    /** A parsed letter new to this job, not yet known to be new to the archive. */
    private record Candidate(String path, String key, String sha, String letterId, Letter letter, byte[] bytes) {
    }

    /** The only parts of a stored letter the duplicate check reads: its source, and its outcomes (for DMHC rows). */
    record StoredLetter(SourceInfo source, List<StoredDecision> decisions) {

        List<Outcome> outcomes() {
            return decisions == null ? List.of() : decisions.stream().map(StoredDecision::outcome).toList();
        }
    }

    record StoredDecision(Outcome outcome) {
    }

    ImportRun(String jobId, List<Path> inputs, ImportOptions options, ProgressListener listener, ArchiveGateway gateway,
              TextExtractor extractor, LetterParser parser) {
        this.jobId = jobId;
        this.inputs = List.copyOf(inputs);
        this.options = options;
        this.listener = listener;
        this.gateway = gateway;
        this.reader = new LetterReader(extractor, parser);
        this.rejectionLog = options.reportFile() == null ? null : new RejectionLog(options.reportFile());
        this.tally = new Tally(jobId, Instant.now(), rejectionLog);
        this.backoff = new Backoff(options.retryWindow(), tally::message);
        this.quarantine = options.quarantineDir() == null ? null : new Quarantine(options.quarantineDir(),
                options.limits().maxQuarantineBytes(), options.limits().maxQuarantineFiles());
        this.seen = new SeenInJob(options.forgetAfter());
    }

    ImportReport execute() {
        InputWalker walker = new InputWalker(options.limits());
        tally.expect(walker.estimate(inputs));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "imr-import-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> tell(ImportProgress.State.RUNNING, null), 0, 250, TimeUnit.MILLISECONDS);
        ImportProgress.State state = ImportProgress.State.FINISHED;
        String failure = null;
        boolean interrupted = false;
        boolean refreshOff = false;
        parsers = Executors.newFixedThreadPool(options.parallelism(), r -> {
            Thread t = new Thread(r, "imr-import-parse");
            t.setDaemon(true);
            return t;
        });
        inMemory = new Semaphore(options.parallelism() * 2);
        lookups = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "imr-import-lookup");
            t.setDaemon(true);
            return t;
        });
        try {
            backoff.run("prepare the archive's indices", gateway::ensureSchema);
            backoff.run("refresh the indices", gateway::refresh);
            earlier = backoff.call("read the job's ledger", () -> Ledger.of(gateway, jobId));
            if (tally.snapshot(ImportProgress.State.RUNNING, null).filesExpected() >= options.largeImport()) {
                refreshOff = true;
                // The ledger too: within a job duplicates are found in memory, and every job refreshes before it reads
                // the ledger; a refresh of it each second cost Elasticsearch ~4% of an import (BENCHMARKS.md, section 2).
                backoff.run("turn index refresh off", () -> {
                    gateway.setRefreshInterval(ArchiveIndex.LETTERS, "-1");
                    gateway.setRefreshInterval(ArchiveIndex.DECISIONS, "-1");
                    gateway.setRefreshInterval(ArchiveIndex.IMPORTS, "-1");
                });
            }
            // Bulk requests of up to 2,000 operations (8 MB), four in flight: fewer, larger requests cost Elasticsearch
            // less per document, and the parser threads rarely wait on it (BENCHMARKS.md, section 2).
            feed = new IndexFeed(gateway, options.retryWindow(), tally::message, 2_000, 4);
            try {
                walker.walk(inputs, this::accept);
            } catch (InterruptedException e) {
                // Stop reading new files; what was read is still parsed and stored, so the ledger stays true.
                interrupted = true;
            }
            finish(parsers);
            lookUpLast(takeWaiting(0));
            finish(lookups);
            if (lookupFailure != null) {
                throw new ArchiveUnavailableException(lookupFailure, null);
            }
            awaitFeed();
            if (interrupted) {
                state = ImportProgress.State.INTERRUPTED;
                tally.message("interrupted: run the same import again to finish it");
            }
        } catch (ArchiveUnavailableException | IllegalStateException e) {
            state = ImportProgress.State.FAILED;
            failure = e.getMessage();
        } catch (RuntimeException e) {
            state = ImportProgress.State.FAILED;
            failure = "import failed: " + Backoff.cause(e);
        } finally {
            parsers.shutdownNow();
            lookups.shutdownNow();
            if (feed != null) {
                feed.close();
            }
            if (refreshOff) {
                try {
                    backoff.run("turn index refresh back on", () -> {
                        gateway.setRefreshInterval(ArchiveIndex.LETTERS, null);
                        gateway.setRefreshInterval(ArchiveIndex.DECISIONS, null);
                        gateway.setRefreshInterval(ArchiveIndex.IMPORTS, null);
                    });
                } catch (RuntimeException e) {
                    failure = (failure == null ? "" : failure + "; ")
                            + "could not turn index refresh back on: run the import again or `imr` will on its next import";
                }
            }
            try {
                gateway.refresh();
            } catch (RuntimeException e) {
                // the periodic refresh makes the letters searchable within a second anyway
            }
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (failure != null) {
            long open = tally.seen.get() - tally.indexed.get() - tally.duplicates.get() - tally.rejected.get();
            tally.message(failure + (open > 0 ? "; " + open + " file(s) not accounted for yet" : "")
                    + ": run the same import again to resume");
        }
        Instant finishedAt = Instant.now();
        ImportReport report = tally.report(inputs.stream().map(Path::toString).toList(), state, finishedAt);
        if (rejectionLog != null) {
            try (rejectionLog) {
                rejectionLog.writeReport(report, options.reportFile());
            }
        }
        tell(state, finishedAt);
        if (interrupted || interruptedLate) {
            Thread.currentThread().interrupt();
        }
        return report;
    }

    private void tell(ImportProgress.State state, Instant finishedAt) {
        try {
            listener.progress(tally.snapshot(state, finishedAt));
        } catch (RuntimeException e) {
            // a broken progress display must not stop an import
        }
    }

    /**
     * Lets a pool finish the work it was given: parsing what was read, and looking up and storing what was parsed,
     * is what keeps the account whole, so an interrupt meanwhile is remembered and honoured after.
     */
    private void finish(ExecutorService pool) {
        pool.shutdown();
        boolean done = false;
        while (!done) {
            try {
                done = pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interruptedLate = true;
            }
        }
    }

    private void awaitFeed() {
        while (true) {
            try {
                feed.awaitDrained();
                return;
            } catch (InterruptedException e) {
                interruptedLate = true;
            }
        }
    }

    /** On the walker's thread: account for a file from the ledger, or read it and hand it to a parser. */
    private void accept(FoundFile file) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (feed.failure() != null) {
            throw new ArchiveUnavailableException(feed.failure(), null);
        }
        if (lookupFailure != null) {
            throw new ArchiveUnavailableException(lookupFailure, null);
        }
        tally.seen.incrementAndGet();
        String key = LedgerEntry.key(jobId, file.path(), file.size());
        LedgerEntry before = earlier.get(key);
        if (before != null) {
            tally.resume(before);
            listener.fileDone(file.path(), before.status());
            return;
        }
        byte[] bytes;
        try {
            bytes = file.content().read();
        } catch (FoundFile.Refusal r) {
            reject(file.path(), key, r.bytes() == null ? null : LetterIdentity.sha256(r.bytes()), r.reason(), r.bytes());
            return;
        }
        try {
            inMemory.acquire();
        } catch (InterruptedException e) {
            tally.seen.decrementAndGet(); // not processed: the next run of the job takes it
            throw e;
        }
        try {
            parsers.execute(() -> {
                try {
                    process(file.path(), key, bytes);
                } catch (ArchiveUnavailableException e) {
                    // the walker sees the feed's failure and stops; this file stays out of the ledger
                } catch (RuntimeException e) {
                    try {
                        reject(file.path(), key, LetterIdentity.sha256(bytes), "could not be imported: " + Backoff.cause(e), bytes);
                    } catch (ArchiveUnavailableException away) {
                        // as above: out of the ledger, imported by the next run
                    }
                } finally {
                    inMemory.release();
                }
            });
        } catch (RejectedExecutionException e) {
            inMemory.release();
            throw new IllegalStateException("the import was stopped", e);
        }
    }

    private void process(String path, String key, byte[] bytes) {
        if (path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            processExport(path, key, LetterIdentity.sha256(bytes), bytes);
            return;
        }
        LetterReader.Reading reading = reader.read(path, bytes);
        if (reading instanceof LetterReader.Unreadable u) {
            reject(path, key, u.sha256(), u.reason(), bytes);
            return;
        }
        LetterReader.Read read = (LetterReader.Read) reading;
        String sha = read.sha256();
        String text = read.text();
        Letter letter = read.letter();
        String letterId = LetterIdentity.letterId(letter.caseNumber(), text);
        Optional<String> seen = seenInJob(path, sha, letterId);
        if (seen.isPresent()) {
            duplicate(path, key, sha, letterId, seen.get());
            return;
        }
        lookUpLater(takeWaiting(LOOKUP_BATCH, new Candidate(path, key, sha, letterId, letter, bytes)));
    }

    /** On a parser thread: hands a batch to the lookup thread; waits while {@link #LOOKUPS_AHEAD} batches are there already. */
    private void lookUpLater(List<Candidate> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            lookupSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was stopped", e);
        }
        lookUp(batch, lookupSlots::release);
    }

    /** On the walker's thread, once parsing is over: the last, partial batch, without waiting for a slot. */
    private void lookUpLast(List<Candidate> batch) {
        if (!batch.isEmpty()) {
            lookUp(batch, () -> { });
        }
    }

    private void lookUp(List<Candidate> batch, Runnable done) {
        try {
            lookups.execute(() -> {
                try {
                    if (lookupFailure == null) { // after a failure the batch stays out of the ledger, for the next run
                        resolve(batch);
                    }
                } catch (ArchiveUnavailableException e) {
                    // the walker sees the failure and stops; these files stay out of the ledger, for the next run
                } catch (RuntimeException e) {
                    // not expected (resolve accounts for its own failures): stop the run; files without a ledger line
                    // are taken by the next run, so none is lost or counted twice
                    lookupFailure = "import failed: " + Backoff.cause(e);
                } finally {
                    done.run();
                }
            });
        } catch (RejectedExecutionException e) {
            done.run();
            throw new IllegalStateException("the import was stopped", e);
        }
    }

    /** Adds a letter to the waiting batch; returns the batch to resolve once it holds {@code size}, else nothing. */
    private List<Candidate> takeWaiting(int size, Candidate candidate) {
        synchronized (waiting) {
            waiting.add(candidate);
            return takeWaiting(size);
        }
    }

    private List<Candidate> takeWaiting(int size) {
        synchronized (waiting) {
            if (waiting.size() < size || waiting.isEmpty()) {
                return List.of();
            }
            List<Candidate> batch = List.copyOf(waiting);
            waiting.clear();
            return batch;
        }
    }

    /**
     * Stores each letter of the batch the archive does not hold yet, and accounts for the others as
     * duplicates. If Elasticsearch stays away the run stops and the batch stays out of the ledger (the next
     * run takes it); any other failure rejects the batch's files with the reason, so each is accounted for.
     */
    private void resolve(List<Candidate> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, LedgerEntry> imported;
        Map<String, StoredLetter> stored;
        try {
            seen.forgetSettled(() -> backoff.run("refresh the ledger", () -> gateway.refresh(ArchiveIndex.IMPORTS)));
            imported = backoff.call("look up earlier imports",
                    () -> Ledger.indexedWithAny(gateway, batch.stream().map(Candidate::sha).toList()));
            stored = storedLetters(batch.stream().map(Candidate::letterId).toList());
        } catch (ArchiveUnavailableException e) {
            lookupFailure = e.getMessage();
            throw e;
        } catch (RuntimeException e) {
            batch.forEach(c -> reject(c.path(), c.key(), c.sha(), "could not be imported: " + Backoff.cause(e), c.bytes()));
            return;
        }
        for (Candidate c : batch) {
            Optional<String> duplicateOf = alreadyImported(imported.get(c.sha()))
                    .or(() -> inArchive(c.letterId(), c.sha(), stored.get(c.letterId())));
            if (duplicateOf.isPresent()) {
                duplicate(c.path(), c.key(), c.sha(), c.letterId(), duplicateOf.get());
                continue;
            }
            try {
                store(c);
            } catch (ArchiveUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                // one letter that cannot be stored must not cost the rest of the batch its account
                reject(c.path(), c.key(), c.sha(), "could not be imported: " + Backoff.cause(e), c.bytes());
            }
        }
    }

    private void store(Candidate c) {
        List<DecisionDocument> documents = DecisionDocuments.of(c.letterId(), c.letter(), DecisionDocuments.SOURCE_CA_DWC_IMR, Instant.now());
        List<BulkOperation> ops = new ArrayList<>();
        ops.add(index(ArchiveIndex.LETTERS, c.letterId(), c.letter()));
        documents.forEach(d -> ops.add(index(ArchiveIndex.DECISIONS, d.id(), d)));
        feed.submit(ops, new IndexFeed.Outcome() {
            @Override
            public void stored() {
                tally.letters.incrementAndGet();
                tally.decisions.addAndGet(documents.size());
                tally.indexed.incrementAndGet();
                record(new LedgerEntry(jobId, c.path(), c.sha(), LedgerEntry.INDEXED, null, c.letterId(), documents.size(), Instant.now()), c.key());
            }

            @Override
            public void refused(String reason) {
                reject(c.path(), c.key(), c.sha(), reason, c.bytes());
            }
        });
    }

    /** A file whose content, or whose letter, this job already holds is a duplicate. */
    private Optional<String> seenInJob(String path, String sha, String letterId) {
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

    private static Optional<String> alreadyImported(LedgerEntry imported) {
        return Optional.ofNullable(imported)
                .map(e -> "already imported from " + e.path() + " (job " + e.jobId() + ")");
    }

    /** The letters of {@code ids} the archive holds (real-time: also those not refreshed yet), by id. */
    private Map<String, StoredLetter> storedLetters(Collection<String> ids) {
        return backoff.call("look up " + ids.size() + " letter(s)",
                () -> gateway.getAll(ArchiveIndex.LETTERS, ids, List.of("source", "decisions.outcome"), StoredLetter.class));
    }

    /**
     * A letter the archive already has from another file is a duplicate. A letter in the archive with this
     * very content but in no ledger was stored by an interrupted run just before it could write its ledger:
     * it is imported again, not a duplicate.
     */
    private static Optional<String> inArchive(String letterId, String sha, StoredLetter existing) {
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

    /**
     * A DMHC export: one file in the account, each row a determination of its own. A row whose ReferenceID an
     * earlier row already has (in this file, elsewhere in the job, or in the archive) is a duplicate when it says the
     * same, and a conflict when its outcome differs: the earlier row stands, and the conflict is listed with both
     * lines, since dropping it as a duplicate hid that the export contradicts itself.
     */
    private void processExport(String path, String key, String sha, byte[] bytes) {
        DmhcExport.Reading reading = DmhcExport.read(path, sha, bytes);
        if (reading instanceof DmhcExport.Reading.NotAnExport n) {
            reject(path, key, sha, n.reason(), bytes);
            return;
        }
        List<DmhcExport.Row> rows = ((DmhcExport.Reading.Rows) reading).rows();
        List<RowRefusal> refused = new ArrayList<>();
        List<DmhcExport.Row.Determination> fresh = new ArrayList<>();
        long duplicates = 0;
        long conflicts = 0;
        String sameContent = seen.content(sha, path);
        Optional<LedgerEntry> imported = sameContent != null ? Optional.empty()
                : backoff.call("look up earlier imports", () -> Ledger.indexedWith(gateway, sha));
        Map<String, DmhcExport.Row.Determination> inThisFile = new HashMap<>();
        List<DmhcExport.Row.Determination> newToJob = new ArrayList<>();
        List<DmhcExport.Row.Determination> inOtherFile = new ArrayList<>();
        for (DmhcExport.Row row : rows) {
            if (row instanceof DmhcExport.Row.Malformed m) {
                refused.add(new RowRefusal(m.line(), m.reason()));
            } else if (row instanceof DmhcExport.Row.Determination d) {
                if (sameContent != null || imported.isPresent()) {
                    duplicates++;
                    continue;
                }
                DmhcExport.Row.Determination first = inThisFile.putIfAbsent(d.letter().caseNumber(), d);
                if (first != null) {
                    if (outcome(first).equals(outcome(d))) {
                        duplicates++;
                    } else {
                        conflicts++;
                        refused.add(conflict(d, outcome(first), "line " + first.line()));
                    }
                } else if (seen.letter(d.letter().caseNumber(), rowHolder(path, d)) != null) {
                    inOtherFile.add(d);
                } else {
                    newToJob.add(d);
                }
            }
        }
        List<DmhcExport.Row.Determination> toLookUp = new ArrayList<>(newToJob);
        toLookUp.addAll(inOtherFile);
        Map<String, StoredLetter> stored = new HashMap<>();
        for (int from = 0; from < toLookUp.size(); from += LOOKUP_BATCH) {
            stored.putAll(storedLetters(toLookUp.subList(from, Math.min(toLookUp.size(), from + LOOKUP_BATCH)).stream()
                    .map(d -> d.letter().caseNumber()).toList()));
        }
        for (DmhcExport.Row.Determination d : inOtherFile) {
            // the other file's row is stored, or on its way: compare when the archive can tell already
            StoredLetter other = stored.get(d.letter().caseNumber());
            if (other != null && !other.outcomes().isEmpty() && !other.outcomes().contains(outcome(d))) {
                conflicts++;
                refused.add(conflict(d, other.outcomes().get(0), sourceOf(other)));
            } else {
                duplicates++;
            }
        }
        for (DmhcExport.Row.Determination d : newToJob) {
            String id = d.letter().caseNumber();
            StoredLetter existing = stored.get(id);
            if (inArchive(id, sha, existing).isPresent()) {
                if (!existing.outcomes().isEmpty() && !existing.outcomes().contains(outcome(d))) {
                    conflicts++;
                    refused.add(conflict(d, existing.outcomes().get(0), sourceOf(existing)));
                } else {
                    duplicates++;
                }
                seen.settled(null, id, rowHolder(path, d)); // the archive answers for this letter from now on
            } else {
                fresh.add(d);
            }
        }
        refused.sort(Comparator.comparingLong(RowRefusal::line));
        long rejectedRows = refused.size() - conflicts;
        String rowAccount = "rows: " + fresh.size() + " indexed, " + duplicates + " duplicate, " + rejectedRows + " rejected"
                + (conflicts > 0 ? ", " + conflicts + " in conflict" : "")
                + refused.stream().map(m -> "; line " + m.line() + ": " + m.reason().replace(';', ',')).reduce("", String::concat);
        long dup = duplicates;
        long inConflict = conflicts;
        if (fresh.isEmpty()) {
            countRows(path, 0, dup, inConflict, refused);
            if (duplicates > 0 || conflicts > 0) {
                duplicate(path, key, sha, null, sameContent != null ? "same content as " + sameContent
                        : imported.map(e -> "already imported from " + e.path() + " (job " + e.jobId() + ")")
                        .orElse(rowAccount));
            } else {
                reject(path, key, sha, rows.isEmpty() ? "the export has no rows" : "no readable row: " + rowAccount, bytes);
            }
            return;
        }
        Instant now = Instant.now();
        List<BulkOperation> ops = new ArrayList<>();
        for (DmhcExport.Row.Determination d : fresh) {
            String id = d.letter().caseNumber();
            ops.add(index(ArchiveIndex.LETTERS, id, d.letter()));
            for (DecisionDocument doc : DecisionDocuments.of(id, d.letter(), DecisionDocuments.SOURCE_DMHC_IMR, now, d.reportYear())) {
                ops.add(index(ArchiveIndex.DECISIONS, doc.id(), doc));
            }
        }
        feed.submit(ops, new IndexFeed.Outcome() {
            @Override
            public void stored() {
                countRows(path, fresh.size(), dup, inConflict, refused);
                fresh.forEach(d -> seen.settled(null, d.letter().caseNumber(), rowHolder(path, d)));
                tally.letters.addAndGet(fresh.size());
                tally.decisions.addAndGet(fresh.size());
                tally.indexed.incrementAndGet();
                record(new LedgerEntry(jobId, path, sha, LedgerEntry.INDEXED, shorten(rowAccount), null, fresh.size(), Instant.now()), key);
            }

            @Override
            public void refused(String reason) {
                reject(path, key, sha, reason, bytes);
            }
        });
    }

    /** A CSV row refused (malformed, or in conflict with an earlier row), by its line. */
    private record RowRefusal(long line, String reason) {
    }

    private static Outcome outcome(DmhcExport.Row.Determination row) {
        return row.letter().decisions().get(0).outcome();
    }

    private static RowRefusal conflict(DmhcExport.Row.Determination row, Outcome earlier, String where) {
        return new RowRefusal(row.line(), "conflict: ReferenceID " + row.letter().caseNumber() + " is " + earlier + " at "
                + where + " but " + outcome(row) + " here; the earlier determination stands");
    }

    private static String sourceOf(StoredLetter letter) {
        return letter.source() == null || letter.source().file() == null ? "the archive" : letter.source().file();
    }

    /** What a DMHC row is remembered by: its file and line. */
    private static String rowHolder(String path, DmhcExport.Row.Determination row) {
        return path + " line " + row.line();
    }

    private void countRows(String path, long indexed, long duplicates, long conflicts, List<RowRefusal> refused) {
        tally.rowsIndexed.addAndGet(indexed);
        tally.rowsDuplicate.addAndGet(duplicates);
        tally.rowsRejected.addAndGet(refused.size() - conflicts);
        tally.rowsInConflict.addAndGet(conflicts);
        refused.forEach(m -> tally.rowRefused(path, m.line(), m.reason()));
    }

    private void duplicate(String path, String key, String sha, String letterId, String reason) {
        tally.duplicates.incrementAndGet();
        record(new LedgerEntry(jobId, path, sha, LedgerEntry.DUPLICATE, shorten(reason), letterId, 0, Instant.now()), key);
    }

    private void reject(String path, String key, String sha, String reason, byte[] bytes) {
        if (quarantine != null) {
            try {
                quarantine.keep(path, bytes, reason);
            } catch (IOException | RuntimeException e) {
                tally.message("could not copy " + path + " to the quarantine folder: " + e.getMessage());
            }
        }
        tally.rejected(path, reason);
        record(new LedgerEntry(jobId, path, sha, LedgerEntry.REJECTED, shorten(reason), null, 0, Instant.now()), key);
    }

    /** Writes a file's line in the ledger; its outcome is already counted, the ledger is what a re-run reads. */
    private void record(LedgerEntry entry, String key) {
        listener.fileDone(entry.path(), entry.status());
        feed.submit(List.of(index(ArchiveIndex.IMPORTS, key, entry)), new IndexFeed.Outcome() {
            @Override
            public void stored() {
                seen.settled(entry.sha256(), entry.letterId(), entry.path());
            }

            @Override
            public void refused(String reason) {
                tally.message("the ledger refused an entry for " + entry.path() + ": " + reason);
            }
        });
    }

    private BulkOperation index(ArchiveIndex index, String id, Object document) {
        String alias = gateway.alias(index);
        return BulkOperation.of(b -> b.index(i -> i.index(alias).id(id).document(document)));
    }

    private static String shorten(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
    }
}
