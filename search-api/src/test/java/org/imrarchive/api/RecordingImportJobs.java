package org.imrarchive.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.imrarchive.importer.ImportJobs;
import org.imrarchive.importer.ImportProgress;
import org.imrarchive.importer.ImportReport;

/**
 * Stands in for the indexer's background imports (not written yet): reads every file it is given, so
 * tests can check what the upload delivered, and finishes when {@link #finish} is called, sending
 * snapshots to subscribers like a real job.
 */
final class RecordingImportJobs implements ImportJobs {

    record Job(String id, List<Path> inputs, Map<String, byte[]> contents, CountDownLatch finished, Path folder) {
    }

    final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, ImportProgress> progress = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<ImportProgress>>> listeners = new ConcurrentHashMap<>();

    @Override
    public String start(List<Path> inputs) {
        return startUpload(null, inputs);
    }

    /** Like the real jobs, deletes the upload folder when the job is done. */
    @Override
    public String startUpload(Path folder, List<Path> inputs) {
        String id = UUID.randomUUID().toString();
        Map<String, byte[]> contents = new ConcurrentHashMap<>();
        for (Path input : inputs) {
            try {
                contents.put(input.getFileName().toString(), Files.readAllBytes(input));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        jobs.put(id, new Job(id, List.copyOf(inputs), contents, new CountDownLatch(1), folder));
        publish(new ImportProgress(id, ImportProgress.State.RUNNING, inputs.size(), 0, 0, 0, 0, Instant.now(), null, 0,
                List.of(), null, inputs.size(), 0, 0, 0, ImportReport.RowCounts.NONE, List.of(), false, false, 0));
        return id;
    }

    /** Ends the job: every file indexed, except those named in {@code rejected}. */
    void finish(String id, List<String> rejected) {
        ImportProgress running = progress.get(id);
        List<ImportProgress.Rejection> rejections = new ArrayList<>();
        rejected.forEach(name -> rejections.add(new ImportProgress.Rejection(name, "not an IMR letter")));
        publish(new ImportProgress(id, ImportProgress.State.FINISHED, running.filesSeen(),
                running.filesSeen() - rejected.size(), 0, rejected.size(), running.filesSeen() - rejected.size(),
                running.startedAt(), Instant.now(), 10.0, rejections, "done", running.filesSeen(),
                running.filesSeen() - rejected.size(), 10.0, 0, ImportReport.RowCounts.NONE, List.of(), false, false, 0));
        Path folder = jobs.get(id).folder();
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        jobs.get(id).finished().countDown();
    }

    private void publish(ImportProgress snapshot) {
        progress.put(snapshot.jobId(), snapshot);
        listeners.getOrDefault(snapshot.jobId(), List.of()).forEach(l -> l.accept(snapshot));
    }

    @Override
    public Optional<ImportProgress> progress(String jobId) {
        return Optional.ofNullable(progress.get(jobId));
    }

    @Override
    public AutoCloseable subscribe(String jobId, Consumer<ImportProgress> listener) {
        listeners.computeIfAbsent(jobId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(jobId, List.of()).remove(listener);
    }

    @Override
    public void close() {
    }
}
