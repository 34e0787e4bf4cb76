package org.imrarchive.importer;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.DecisionDocuments;

/**
 * One run of an import job. The calling thread walks the inputs and reads each file (bounded by the import's
 * limits); the {@link Pipeline}'s parsers turn its bytes into letters ({@link LetterReader}), the
 * {@link DuplicateCheck} looks up batches of them on a thread of its own, so parsing goes on while Elasticsearch
 * answers, and the {@link IndexFeed} stores documents in bulk. Every file seen ends INDEXED, DUPLICATE or REJECTED
 * ({@link Outcomes}): in the tally and in the job's ledger.
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
    private final DuplicateCheck duplicateCheck;
    private final RowCheck rowCheck;
    /** Parsed letters new to this job, waiting to be looked up in the archive together. */
    private final Batches<Candidate> waiting = new Batches<>(DuplicateCheck.LOOKUP_BATCH);
    private volatile String lookupFailure;
    private Map<String, LedgerEntry> earlier = Map.of();
    private IndexFeed feed;
    private Outcomes outcomes;
    private Pipeline pipeline;

    ImportRun(String jobId, List<Path> inputs, ImportOptions options, ProgressListener listener, ArchiveGateway gateway) {
        this.jobId = jobId;
        this.inputs = List.copyOf(inputs);
        this.options = options;
        this.listener = listener;
        this.gateway = gateway;
        this.reader = new LetterReader();
        this.rejectionLog = options.reportFile() == null ? null : new RejectionLog(options.reportFile());
        this.tally = new Tally(jobId, Instant.now(), rejectionLog);
        this.backoff = new Backoff(options.retryWindow(), tally::message);
        this.quarantine = options.quarantineDir() == null ? null : new Quarantine(options.quarantineDir(),
                options.limits().maxQuarantineBytes(), options.limits().maxQuarantineFiles());
        this.seen = new SeenInJob(options.forgetAfter());
        this.duplicateCheck = new DuplicateCheck(gateway, backoff, seen);
        this.rowCheck = new RowCheck(duplicateCheck, seen);
    }

    ImportReport execute() {
        InputWalker walker = new InputWalker(options.limits());
        tally.expect(walker.estimate(inputs));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Pipeline.daemon("imr-import-progress"));
        ticker.scheduleAtFixedRate(() -> tell(ImportProgress.State.RUNNING, null), 0, 250, TimeUnit.MILLISECONDS);
        ImportProgress.State state = ImportProgress.State.FINISHED;
        String failure = null;
        boolean interrupted = false;
        boolean refreshOff = false;
        pipeline = new Pipeline(options.parallelism());
        try {
            backoff.run("prepare the archive's indices", gateway::ensureSchema);
            backoff.run("refresh the indices", gateway::refresh);
            earlier = backoff.call("read the job's ledger", () -> Ledger.of(gateway, jobId));
            if (tally.expected() >= options.largeImport()) {
                refreshOff = true;
                // The ledger too: within a job duplicates are found in memory, and every job refreshes before it reads
                // the ledger; a refresh of it each second cost Elasticsearch ~4% of an import (BENCHMARKS.md, section 2).
                backoff.run("turn index refresh off", () -> setRefreshInterval("-1"));
            }
            // Bulk requests of up to 2,000 operations (8 MB), four in flight: fewer, larger requests cost Elasticsearch
            // less per document, and the parser threads rarely wait on it (BENCHMARKS.md, section 2).
            feed = new IndexFeed(gateway, options.retryWindow(), tally::message, 2_000, 4);
            outcomes = new Outcomes(jobId, tally, listener, feed, seen, quarantine);
            try {
                walker.walk(inputs, this::accept);
            } catch (InterruptedException e) {
                // Stop reading new files; what was read is still parsed and stored, so the ledger stays true.
                interrupted = true;
            }
            pipeline.finishParsing();
            List<Candidate> last = waiting.rest();
            if (!last.isEmpty()) {
                pipeline.lookUpLast(() -> lookUp(last));
            }
            pipeline.finishLookups();
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
            pipeline.close();
            if (feed != null) {
                feed.close();
            }
            if (refreshOff) {
                try {
                    backoff.run("turn index refresh back on", () -> setRefreshInterval(null));
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
            long open = tally.open();
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
        if (interrupted || pipeline.wasInterruptedLate()) {
            Thread.currentThread().interrupt();
        }
        return report;
    }

    private void setRefreshInterval(String interval) {
        gateway.setRefreshInterval(ArchiveIndex.LETTERS, interval);
        gateway.setRefreshInterval(ArchiveIndex.DECISIONS, interval);
        gateway.setRefreshInterval(ArchiveIndex.IMPORTS, interval);
    }

    private void tell(ImportProgress.State state, Instant finishedAt) {
        try {
            listener.progress(tally.snapshot(state, finishedAt));
        } catch (RuntimeException e) {
            // a broken progress display must not stop an import
        }
    }

    /** Waits for the feed to store what it was given: an interrupt meanwhile is honoured after. */
    private void awaitFeed() {
        while (true) {
            try {
                feed.awaitDrained();
                return;
            } catch (InterruptedException e) {
                pipeline.interruptedLate();
            }
        }
    }

    /** On the walker's thread: account for a file from the ledger, or read it and hand it to a parser. */
    private void accept(FoundFile found) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (feed.failure() != null) {
            throw new ArchiveUnavailableException(feed.failure(), null);
        }
        if (lookupFailure != null) {
            throw new ArchiveUnavailableException(lookupFailure, null);
        }
        tally.seen();
        String key = LedgerEntry.key(jobId, found.path(), found.size());
        LedgerEntry before = earlier.get(key);
        if (before != null) {
            tally.resumed(before);
            listener.fileDone(found.path(), before.status());
            return;
        }
        byte[] bytes;
        try {
            bytes = found.content().read();
        } catch (FoundFile.Refusal r) {
            outcomes.rejected(new JobFile(found.path(), key, r.bytes() == null ? null : LetterIdentity.sha256(r.bytes()),
                    r.bytes()), r.reason());
            return;
        }
        try {
            pipeline.parse(() -> parse(found.path(), key, bytes));
        } catch (InterruptedException e) {
            tally.unseen(); // not processed: the next run of the job takes it
            throw e;
        }
    }

    /** On a parser thread: a file's letters, each accounted for or on its way to the archive. */
    private void parse(String path, String key, byte[] bytes) {
        try {
            LetterReader.Reading reading = reader.read(path, bytes);
            if (reading instanceof LetterReader.Read read) {
                letter(new JobFile(path, key, read.sha256(), bytes), read);
            } else if (reading instanceof LetterReader.Rows export) {
                export(new JobFile(path, key, export.sha256(), bytes), export);
            } else {
                LetterReader.Unreadable u = (LetterReader.Unreadable) reading;
                outcomes.rejected(new JobFile(path, key, u.sha256(), bytes), u.reason());
            }
        } catch (ArchiveUnavailableException e) {
            // the walker sees the feed's failure and stops; this file stays out of the ledger
        } catch (RuntimeException e) {
            try {
                outcomes.rejected(new JobFile(path, key, LetterIdentity.sha256(bytes), bytes),
                        "could not be imported: " + Backoff.cause(e));
            } catch (ArchiveUnavailableException away) {
                // as above: out of the ledger, imported by the next run
            }
        }
    }

    private void letter(JobFile file, LetterReader.Read read) {
        String letterId = LetterIdentity.letterId(read.letter().caseNumber(), read.text());
        Optional<String> inJob = duplicateCheck.inJob(file.path(), file.sha256(), letterId);
        if (inJob.isPresent()) {
            outcomes.duplicate(file, letterId, inJob.get());
            return;
        }
        List<Candidate> batch = waiting.add(new Candidate(file, letterId, read.letter(), read.degradations()));
        if (!batch.isEmpty()) {
            pipeline.lookUp(() -> lookUp(batch));
        }
    }

    /** On the lookup thread: a batch of letters checked against the archive, then stored or accounted for. */
    private void lookUp(List<Candidate> batch) {
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
        }
    }

    /**
     * Stores each letter of the batch the archive does not hold yet, and accounts for the others as
     * duplicates. If Elasticsearch stays away the run stops and the batch stays out of the ledger (the next
     * run takes it); any other failure rejects the batch's files with the reason, so each is accounted for.
     */
    private void resolve(List<Candidate> batch) {
        List<Optional<String>> inArchive;
        try {
            inArchive = duplicateCheck.inArchive(batch);
        } catch (ArchiveUnavailableException e) {
            lookupFailure = e.getMessage();
            throw e;
        } catch (RuntimeException e) {
            batch.forEach(c -> outcomes.rejected(c.file(), "could not be imported: " + Backoff.cause(e)));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Candidate c = batch.get(i);
            if (inArchive.get(i).isPresent()) {
                outcomes.duplicate(c.file(), c.letterId(), inArchive.get(i).get());
                continue;
            }
            try {
                store(c);
            } catch (ArchiveUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                // one letter that cannot be stored must not cost the rest of the batch its account
                outcomes.rejected(c.file(), "could not be imported: " + Backoff.cause(e));
            }
        }
    }

    private void store(Candidate c) {
        List<DecisionDocument> documents = DecisionDocuments.of(c.letterId(), c.letter(), DecisionDocuments.SOURCE_CA_DWC_IMR, Instant.now());
        List<BulkOperation> ops = new ArrayList<>();
        ops.add(feed.operation(ArchiveIndex.LETTERS, c.letterId(), c.letter()));
        documents.forEach(d -> ops.add(feed.operation(ArchiveIndex.DECISIONS, d.id(), d)));
        feed.submit(ops, new IndexFeed.Outcome() {
            @Override
            public void stored() {
                outcomes.indexed(c, documents.size());
            }

            @Override
            public void refused(String reason) {
                outcomes.rejected(c.file(), reason);
            }
        });
    }

    /** A DMHC export: one file in the account, each row a determination of its own. */
    private void export(JobFile file, LetterReader.Rows read) {
        RowCheck.Account account = rowCheck.check(file.path(), file.sha256(), read.rows());
        if (account.fresh().isEmpty()) {
            if (account.duplicates() > 0 || account.conflicts() > 0) {
                outcomes.duplicate(file, account);
            } else if (read.rows().isEmpty()) {
                outcomes.rejected(file, "the export has no rows");
            } else {
                outcomes.rejected(file, account);
            }
            return;
        }
        Instant now = Instant.now();
        List<BulkOperation> ops = new ArrayList<>();
        for (DmhcExport.Row.Determination d : account.fresh()) {
            String id = d.letter().caseNumber();
            ops.add(feed.operation(ArchiveIndex.LETTERS, id, d.letter()));
            for (DecisionDocument doc : DecisionDocuments.of(id, d.letter(), DecisionDocuments.SOURCE_DMHC_IMR, now, d.reportYear())) {
                ops.add(feed.operation(ArchiveIndex.DECISIONS, doc.id(), doc));
            }
        }
        feed.submit(ops, new IndexFeed.Outcome() {
            @Override
            public void stored() {
                rowCheck.stored(file.path(), account.fresh());
                outcomes.indexed(file, account);
            }

            @Override
            public void refused(String reason) {
                outcomes.rejected(file, reason);
            }
        });
    }
}
