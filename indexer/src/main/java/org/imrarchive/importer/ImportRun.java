package org.imrarchive.importer;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.imrarchive.extract.Extraction;
import org.imrarchive.extract.TextExtractor;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.DecisionDocuments;

/**
 * One run of an import job. The calling thread walks the inputs and reads each file (bounded by the
 * import's limits); a fixed pool parses, at most twice as many files held in memory as there are
 * parsers (the walker waits beyond that); the {@link IndexFeed} stores documents in bulk. Every file
 * seen ends INDEXED, DUPLICATE or REJECTED in the tally and in the job's ledger.
 */
final class ImportRun {

    private final String jobId;
    private final List<Path> inputs;
    private final ImportOptions options;
    private final ProgressListener listener;
    private final ArchiveGateway gateway;
    private final TextExtractor extractor;
    private final LetterParser parser;
    private final Tally tally;
    private final Backoff backoff;
    private final Quarantine quarantine;
    private final Map<String, String> contentSeen = new ConcurrentHashMap<>();
    private final Map<String, String> lettersSeen = new ConcurrentHashMap<>();
    private Map<String, LedgerEntry> earlier = Map.of();
    private IndexFeed feed;
    private ExecutorService parsers;
    private Semaphore inMemory;
    private volatile boolean interruptedLate;

    ImportRun(String jobId, List<Path> inputs, ImportOptions options, ProgressListener listener, ArchiveGateway gateway,
              TextExtractor extractor, LetterParser parser) {
        this.jobId = jobId;
        this.inputs = List.copyOf(inputs);
        this.options = options;
        this.listener = listener;
        this.gateway = gateway;
        this.extractor = extractor;
        this.parser = parser;
        this.tally = new Tally(jobId, Instant.now());
        this.backoff = new Backoff(options.retryWindow(), tally::message);
        this.quarantine = options.quarantineDir() == null ? null : new Quarantine(options.quarantineDir());
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
        try {
            backoff.run("prepare the archive's indices", gateway::ensureSchema);
            backoff.run("refresh the indices", gateway::refresh);
            earlier = backoff.call("read the job's ledger", () -> Ledger.of(gateway, jobId));
            if (tally.snapshot(ImportProgress.State.RUNNING, null).filesExpected() >= options.largeImport()) {
                refreshOff = true;
                backoff.run("turn index refresh off", () -> {
                    gateway.setRefreshInterval(ArchiveIndex.LETTERS, "-1");
                    gateway.setRefreshInterval(ArchiveIndex.DECISIONS, "-1");
                });
            }
            feed = new IndexFeed(gateway, options.retryWindow(), tally::message, 500, 2);
            try {
                walker.walk(inputs, this::accept);
            } catch (InterruptedException e) {
                // Stop reading new files; what was read is still parsed and stored, so the ledger stays true.
                interrupted = true;
            }
            finishParsing();
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
            if (feed != null) {
                feed.close();
            }
            if (refreshOff) {
                try {
                    backoff.run("turn index refresh back on", () -> {
                        gateway.setRefreshInterval(ArchiveIndex.LETTERS, null);
                        gateway.setRefreshInterval(ArchiveIndex.DECISIONS, null);
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
        if (options.reportFile() != null) {
            report.writeTo(options.reportFile());
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

    private void finishParsing() {
        parsers.shutdown();
        boolean done = false;
        while (!done) {
            try {
                done = parsers.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // parsing what was read is what keeps the account whole; the interrupt is honoured after
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
        String sha = LetterIdentity.sha256(bytes);
        if (path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            processExport(path, key, sha, bytes);
            return;
        }
        Extraction extraction = extractor.extract(fileName(path), bytes);
        if (extraction instanceof Extraction.Rejected r) {
            reject(path, key, sha, r.reason(), bytes);
            return;
        }
        String text = ((Extraction.Text) extraction).text();
        ParseResult parsed = parser.parse(text, new SourceInfo(path, sha, null));
        if (parsed instanceof ParseResult.Rejected r) {
            reject(path, key, sha, "not a readable determination letter: " + r.reason(), bytes);
            return;
        }
        Letter letter = ((ParseResult.Parsed) parsed).letter();
        letter = letter.withSource(new SourceInfo(path, sha, letter.source() == null ? null : letter.source().format()));
        String letterId = LetterIdentity.letterId(letter.caseNumber(), text);
        Optional<String> duplicateOf = duplicateOf(path, sha, letterId);
        if (duplicateOf.isPresent()) {
            duplicate(path, key, sha, letterId, duplicateOf.get());
            return;
        }
        List<DecisionDocument> documents = DecisionDocuments.of(letterId, letter, DecisionDocuments.SOURCE_CA_DWC_IMR, Instant.now());
        List<BulkOperation> ops = new ArrayList<>();
        ops.add(index(ArchiveIndex.LETTERS, letterId, letter));
        documents.forEach(d -> ops.add(index(ArchiveIndex.DECISIONS, d.id(), d)));
        feed.submit(ops, new IndexFeed.Outcome() {
            @Override
            public void stored() {
                tally.letters.incrementAndGet();
                tally.decisions.addAndGet(documents.size());
                tally.indexed.incrementAndGet();
                record(new LedgerEntry(jobId, path, sha, LedgerEntry.INDEXED, null, letterId, documents.size(), Instant.now()), key);
            }

            @Override
            public void refused(String reason) {
                reject(path, key, sha, reason, bytes);
            }
        });
    }

    /**
     * A file whose content, or whose letter, this job already holds, or that the archive already has from
     * another file, is a duplicate. A letter in the archive with this very content but in no ledger was
     * stored by an interrupted run just before it could write its ledger: it is imported again, not a duplicate.
     */
    private Optional<String> duplicateOf(String path, String sha, String letterId) {
        String sameContent = contentSeen.putIfAbsent(sha, path);
        if (sameContent != null) {
            return Optional.of("same content as " + sameContent);
        }
        String sameLetter = lettersSeen.putIfAbsent(letterId, path);
        if (sameLetter != null) {
            return Optional.of("same letter (" + letterId + ") as " + sameLetter);
        }
        Optional<LedgerEntry> imported = backoff.call("look up earlier imports", () -> Ledger.indexedWith(gateway, sha));
        if (imported.isPresent()) {
            return Optional.of("already imported from " + imported.get().path() + " (job " + imported.get().jobId() + ")");
        }
        return inArchive(letterId, sha);
    }

    private Optional<String> inArchive(String letterId, String sha) {
        Optional<Letter> existing = backoff.call("look up letter " + letterId, () -> gateway.letter(letterId));
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        SourceInfo source = existing.get().source();
        if (source != null && sha.equals(source.sha256())) {
            return Optional.empty();
        }
        return Optional.of("letter " + letterId + " is already in the archive"
                + (source == null || source.file() == null ? "" : ", from " + source.file()));
    }

    /** A DMHC export: one file in the account, each row a determination of its own. */
    private void processExport(String path, String key, String sha, byte[] bytes) {
        DmhcExport.Reading reading = DmhcExport.read(path, sha, bytes);
        if (reading instanceof DmhcExport.Reading.NotAnExport n) {
            reject(path, key, sha, n.reason(), bytes);
            return;
        }
        List<DmhcExport.Row> rows = ((DmhcExport.Reading.Rows) reading).rows();
        List<DmhcExport.Row.Malformed> malformed = new ArrayList<>();
        List<DmhcExport.Row.Determination> fresh = new ArrayList<>();
        long duplicates = 0;
        String sameContent = contentSeen.putIfAbsent(sha, path);
        Optional<LedgerEntry> imported = sameContent != null ? Optional.empty()
                : backoff.call("look up earlier imports", () -> Ledger.indexedWith(gateway, sha));
        for (DmhcExport.Row row : rows) {
            if (row instanceof DmhcExport.Row.Malformed m) {
                malformed.add(m);
            } else if (row instanceof DmhcExport.Row.Determination d) {
                String id = d.letter().caseNumber();
                if (sameContent != null || imported.isPresent() || lettersSeen.putIfAbsent(id, path + " line " + d.line()) != null
                        || inArchive(id, sha).isPresent()) {
                    duplicates++;
                } else {
                    fresh.add(d);
                }
            }
        }
        String rowAccount = "rows: " + fresh.size() + " indexed, " + duplicates + " duplicate, " + malformed.size() + " rejected"
                + malformed.stream().map(m -> "; line " + m.line() + ": " + m.reason().replace(';', ',')).reduce("", String::concat);
        if (fresh.isEmpty()) {
            countRows(path, 0, duplicates, malformed);
            if (duplicates > 0) {
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
        long dup = duplicates;
        feed.submit(ops, new IndexFeed.Outcome() {
            @Override
            public void stored() {
                countRows(path, fresh.size(), dup, malformed);
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

    private void countRows(String path, long indexed, long duplicates, List<DmhcExport.Row.Malformed> malformed) {
        tally.rowsIndexed.addAndGet(indexed);
        tally.rowsDuplicate.addAndGet(duplicates);
        tally.rowsRejected.addAndGet(malformed.size());
        malformed.forEach(m -> tally.rowRejections.add(new ImportReport.RowRejection(path, m.line(), m.reason())));
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

    private static String fileName(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
        return cut < 0 ? path : path.substring(cut + 1);
    }

    private static String shorten(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
    }
}
