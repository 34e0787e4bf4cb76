package org.imrarchive.importer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The API's import jobs: each runs the same {@link Importer} as the command line, one job at a time
 * (they share the cluster and the CPUs; later jobs wait their turn, shown RUNNING with a message).
 * The last {@value #KEPT} finished jobs stay visible.
 */
public final class BackgroundImportJobs implements ImportJobs {

    static final int KEPT = 100;

    private final Importer importer;
    private final Function<String, ImportOptions> optionsFor;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "imr-import-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Deque<String> finished = new ArrayDeque<>();

    /**
     * @param optionsFor the options of a job, given its id (for instance
     *                   {@code id -> ImportOptions.inHome(home, id)}, which writes the report and the quarantine
     *                   under IMR_HOME); the job id is set on them whatever they say
     */
    public BackgroundImportJobs(Importer importer, Function<String, ImportOptions> optionsFor) {
        this.importer = importer;
        this.optionsFor = optionsFor;
    }

    @Override
    public String start(List<Path> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to import: no file was given");
        }
        String id = Importer.newJobId();
        Job job = new Job(id);
        jobs.put(id, job);
        List<Path> files = List.copyOf(inputs);
        runner.execute(() -> {
            job.message(null);
            try {
                importer.run(files, optionsFor.apply(id).withJobId(id), job);
            } catch (RuntimeException e) {
                job.failed("import failed: " + Backoff.cause(e));
            }
            retire(id);
        });
        return id;
    }

    @Override
    public Optional<ImportProgress> progress(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(Job::latest);
    }

    @Override
    public AutoCloseable subscribe(String jobId, Consumer<ImportProgress> listener) {
        Job job = jobs.get(jobId);
        if (job == null) {
            throw new NoSuchElementException("no import job " + jobId);
        }
        return job.subscribe(listener);
    }

    /** Stops the running job (it ends INTERRUPTED, resumable) and drops the waiting ones. */
    @Override
    public void close() {
        runner.shutdownNow();
        try {
            runner.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void retire(String id) {
        finished.addLast(id);
        while (finished.size() > KEPT) {
            jobs.remove(finished.removeFirst());
        }
    }

    /** One job's latest snapshot and its subscribers. */
    private static final class Job implements ProgressListener {
        private final List<Consumer<ImportProgress>> subscribers = new CopyOnWriteArrayList<>();
        private volatile ImportProgress latest;

        Job(String id) {
            Instant now = Instant.now();
            latest = new ImportProgress(id, ImportProgress.State.RUNNING, 0, 0, 0, 0, 0, now, null, 0, List.of(),
                    "waiting for the import before it to finish", 0, 0, 0, 0);
        }

        ImportProgress latest() {
            return latest;
        }

        void message(String text) {
            ImportProgress p = latest;
            progress(new ImportProgress(p.jobId(), p.state(), p.filesSeen(), p.indexed(), p.duplicates(), p.rejected(),
                    p.decisions(), p.startedAt(), p.finishedAt(), p.filesPerSecond(), p.rejections(), text,
                    p.filesExpected(), p.letters(), p.lettersPerSecond(), p.resumed()));
        }

        void failed(String reason) {
            ImportProgress p = latest;
            progress(new ImportProgress(p.jobId(), ImportProgress.State.FAILED, p.filesSeen(), p.indexed(), p.duplicates(),
                    p.rejected(), p.decisions(), p.startedAt(), Instant.now(), p.filesPerSecond(), p.rejections(), reason,
                    p.filesExpected(), p.letters(), p.lettersPerSecond(), p.resumed()));
        }

        @Override
        public synchronized void progress(ImportProgress snapshot) {
            if (latest.ended()) {
                return; // the final snapshot stays final
            }
            latest = snapshot;
            for (Consumer<ImportProgress> s : subscribers) {
                tell(s, snapshot);
            }
            if (snapshot.ended()) {
                subscribers.clear();
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
