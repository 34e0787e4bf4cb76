package org.imrarchive.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The API's import jobs: each runs the same {@link Importer} as the command line, one job at a time
 * (they share the cluster and the CPUs; later jobs wait their turn, shown RUNNING with a message).
 * The last {@value #KEPT} finished jobs stay in memory.
 *
 * <p>With {@link JobRecords}, a job is durable from the moment it is accepted: its record is written before
 * {@link #start} returns and kept up to date while it runs, so its status outlives a restart, and {@link #resume}
 * runs again, under the same id, the jobs a crash or a shutdown left unfinished (the importer resumes a job from
 * its ledger). Before, every job was 404 after a restart and an accepted upload was lost with its zip orphaned.
 */
public final class BackgroundImportJobs implements ImportJobs {

    static final int KEPT = 100;
    /** A running job's record is rewritten at most this often (and when it ends): a crash loses at most this much. */
    static final Duration RECORD_EVERY = Duration.ofSeconds(2);

    private final Importer importer;
    private final Function<String, ImportOptions> optionsFor;
    private final JobRecords records;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "imr-import-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Deque<String> finished = new ArrayDeque<>();

    /** Jobs in memory only: gone with the process (for tests and tools that need no restart). */
    public BackgroundImportJobs(Importer importer, Function<String, ImportOptions> optionsFor) {
        this(importer, optionsFor, null);
    }

    /**
     * @param optionsFor the options of a job, given its id (for instance
     *                   {@code id -> ImportOptions.inHome(home, id)}, which writes the report and the quarantine
     *                   under IMR_HOME); the job id is set on them whatever they say
     * @param records    where the jobs are recorded; null keeps them in memory only
     */
    public BackgroundImportJobs(Importer importer, Function<String, ImportOptions> optionsFor, JobRecords records) {
        this.importer = importer;
        this.optionsFor = optionsFor;
        this.records = records;
    }

    /**
     * The server's jobs under {@code IMR_HOME}: records and reports in {@code home/imports}, quarantine in
     * {@code home/quarantine}, uploads in {@code home/uploads}. Removes what is older than {@code retention} (zero
     * keeps everything), then resumes what the last server left unfinished and deletes uploads no job owns.
     */
    public static BackgroundImportJobs inHome(Importer importer, Path home, Duration retention) {
        JobRecords records = new JobRecords(home.resolve("imports"));
        new ImportRetention(retention).sweep(records, home.resolve("quarantine"));
        BackgroundImportJobs jobs = new BackgroundImportJobs(importer, id -> ImportOptions.inHome(home, id), records);
        jobs.resume(home.resolve("uploads"));
        return jobs;
    }

    @Override
    public String start(List<Path> inputs) {
        return begin(Importer.newJobId(), inputs, null);
    }

    @Override
    public String startUpload(Path folder, List<Path> inputs) {
        return begin(Importer.newJobId(), inputs, folder);
    }

    /**
     * Runs a job of this id on the runner (after the jobs before it) and waits for its end: {@code imr serve --import},
     * recorded like the others so the API shows it.
     */
    public ImportReport runNow(String jobId, List<Path> inputs, ProgressListener alsoTell) throws InterruptedException {
        requireInputs(inputs);
        Job job = register(jobId, inputs, null, ImportProgress.starting(jobId, Instant.now(), null), alsoTell);
        Future<ImportReport> done = runner.submit(() -> run(job));
        try {
            ImportReport report = done.get();
            if (report == null) {
                throw new IllegalStateException(job.latest().message());
            }
            return report;
        } catch (ExecutionException e) {
            throw new IllegalStateException("import failed: " + Backoff.cause(e.getCause()), e.getCause());
        }
    }

    /**
     * After a restart: every recorded job that had not ended (or was stopped by a shutdown) runs again under its id,
     * if its files are still there; one whose files are gone ends INTERRUPTED with that reason. Then the files
     * under {@code uploads} that no such job owns are deleted: uploads of jobs done, and of requests that never
     * became a job (the server died while receiving them).
     */
    public void resume(Path uploads) {
        if (records == null) {
            return;
        }
        Set<Path> owned = new HashSet<>();
        for (JobRecord r : records.all()) {
            ImportProgress.State state = r.progress().state();
            if (state != ImportProgress.State.RUNNING && state != ImportProgress.State.INTERRUPTED) {
                continue;
            }
            List<Path> inputs = r.inputs().stream().map(Path::of).toList();
            List<Path> missing = inputs.stream().filter(p -> !Files.exists(p)).toList();
            if (!missing.isEmpty()) {
                if (state == ImportProgress.State.RUNNING) {
                    records.save(r.with(r.progress().endedAs(ImportProgress.State.INTERRUPTED, Instant.now(),
                            "the server stopped during the import, and its files are gone since (" + missing.get(0).getFileName()
                                    + "): upload them again to finish it")));
                }
                continue;
            }
            if (r.uploadFolder() != null) {
                owned.add(Path.of(r.uploadFolder()).toAbsolutePath().normalize());
            }
            Job job = register(r.jobId(), inputs, r.uploadFolder() == null ? null : Path.of(r.uploadFolder()),
                    ImportProgress.starting(r.jobId(), r.progress().startedAt(),
                            "resuming after the server restarted; waiting for the import before it to finish"), null);
            runner.execute(() -> run(job));
        }
        removeOrphans(uploads, owned);
    }

    @Override
    public Optional<ImportProgress> progress(String jobId) {
        Job job = jobs.get(jobId);
        if (job != null) {
            return Optional.of(job.latest());
        }
        return records == null ? Optional.empty() : records.find(jobId).map(JobRecord::progress);
    }

    @Override
    public Optional<Path> report(String jobId) {
        Job job = jobs.get(jobId);
        Optional<String> file = job != null ? Optional.ofNullable(job.record.reportFile())
                : records == null ? Optional.empty() : records.find(jobId).map(JobRecord::reportFile);
        return file.map(Path::of).filter(Files::isRegularFile);
    }

    @Override
    public AutoCloseable subscribe(String jobId, Consumer<ImportProgress> listener) {
        Job job = jobs.get(jobId);
        if (job == null) {
            ImportProgress recorded = progress(jobId).orElseThrow(() -> new NoSuchElementException("no import job " + jobId));
            listener.accept(recorded); // a job of an earlier server: ended, or about to be resumed
            return () -> { };
        }
        return job.subscribe(listener);
    }

    /** Stops the running job (it ends INTERRUPTED, and resumes at the next start) and drops the waiting ones. */
    @Override
    public void close() {
        runner.shutdownNow();
        try {
            runner.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String begin(String id, List<Path> inputs, Path uploadFolder) {
        requireInputs(inputs);
        Job job = register(id, inputs, uploadFolder,
                ImportProgress.starting(id, Instant.now(), "waiting for the import before it to finish"), null);
        runner.execute(() -> run(job));
        return id;
    }

    private static void requireInputs(List<Path> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to import: no file was given");
        }
    }

    /** Puts the job in memory and, before anyone is told its id, on disk. */
    private Job register(String id, List<Path> inputs, Path uploadFolder, ImportProgress first, ProgressListener alsoTell) {
        ImportOptions options = optionsFor.apply(id).withJobId(id);
        JobRecord record = new JobRecord(id, inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
                uploadFolder == null ? null : uploadFolder.toAbsolutePath().normalize().toString(),
                options.reportFile() == null ? null : options.reportFile().toAbsolutePath().toString(), first);
        Job job = new Job(record, options, records, alsoTell == null ? ProgressListener.NONE : alsoTell);
        job.save(first, true);
        jobs.put(id, job);
        return job;
    }

    private ImportReport run(Job job) {
        job.message(null);
        ImportReport report = null;
        try {
            report = importer.run(job.inputs(), job.options, job);
        } catch (RuntimeException e) {
            job.failed("import failed: " + Backoff.cause(e));
        }
        retire(job.record.jobId());
        return report;
    }

    private synchronized void retire(String id) {
        finished.addLast(id);
        while (finished.size() > KEPT) {
            jobs.remove(finished.removeFirst());
        }
    }

    /** Upload folders (and the multipart parser's spool files) under {@code uploads} that no job owns. */
    private static void removeOrphans(Path uploads, Set<Path> owned) {
        if (uploads == null || !Files.isDirectory(uploads)) {
            return;
        }
        try (Stream<Path> children = Files.list(uploads)) {
            children.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("imr-upload-") || name.startsWith("MultiPart");
            }).filter(p -> !owned.contains(p.toAbsolutePath().normalize())).forEach(BackgroundImportJobs::delete);
        } catch (IOException e) {
            // what is left is removed at the next start
        }
    }

    /** Deletes a folder and what it holds, as far as it can: what is left is removed at the next start. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // removed at the next start
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /** One job's latest snapshot, its record on disk and its subscribers. */
    private static final class Job implements ProgressListener {
        private final JobRecord record;
        private final ImportOptions options;
        private final JobRecords records;
        private final ProgressListener alsoTell;
        private final List<Consumer<ImportProgress>> subscribers = new CopyOnWriteArrayList<>();
        private volatile ImportProgress latest;
        private long savedAt;

        Job(JobRecord record, ImportOptions options, JobRecords records, ProgressListener alsoTell) {
            this.record = record;
            this.options = options;
            this.records = records;
            this.alsoTell = alsoTell;
            this.latest = record.progress();
        }

        List<Path> inputs() {
            return record.inputs().stream().map(Path::of).toList();
        }

        ImportProgress latest() {
            return latest;
        }

        void message(String text) {
            progress(latest.withMessage(text));
        }

        void failed(String reason) {
            progress(latest.endedAs(ImportProgress.State.FAILED, Instant.now(), reason));
        }

        @Override
        public void fileDone(String path, String status) {
            alsoTell.fileDone(path, status);
        }

        @Override
        public synchronized void progress(ImportProgress snapshot) {
            if (latest.ended()) {
                return; // the final snapshot stays final
            }
            latest = snapshot;
            if (snapshot.ended() && snapshot.state() != ImportProgress.State.INTERRUPTED && record.uploadFolder() != null) {
                delete(Path.of(record.uploadFolder())); // done, before anyone hears so; an INTERRUPTED job keeps its files to resume
            }
            save(snapshot, snapshot.ended());
            tell(alsoTell::progress, snapshot);
            for (Consumer<ImportProgress> s : subscribers) {
                tell(s, snapshot);
            }
            if (snapshot.ended()) {
                subscribers.clear();
            }
        }

        /** Rewrites the record when {@code now} is asked or {@link #RECORD_EVERY} has passed. */
        synchronized void save(ImportProgress snapshot, boolean now) {
            long at = System.nanoTime();
            if (records == null || (!now && at - savedAt < RECORD_EVERY.toNanos())) {
                return;
            }
            savedAt = at;
            try {
                records.save(record.with(snapshot));
            } catch (RuntimeException e) {
                if (now && !snapshot.ended()) {
                    throw e; // the job's first record: without it the job would not be durable, so it is not accepted
                }
                // later: the next snapshot tries again; the import itself must not stop for its record
            }
        }

        synchronized AutoCloseable subscribe(Consumer<ImportProgress> listener) {
            tell(listener, latest);
            if (latest.ended()) {
                return () -> { };
            }
            subscribers.add(listener);
            return () -> subscribers.remove(listener);
        }

        private void tell(Consumer<ImportProgress> s, ImportProgress snapshot) {
            try {
                s.accept(snapshot);
            } catch (RuntimeException e) {
                subscribers.remove(s); // a gone client (closed SSE stream) must not stop the job
            }
        }
    }
}
