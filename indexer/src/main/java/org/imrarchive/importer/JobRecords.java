package org.imrarchive.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imrarchive.letter.LetterJson;

/**
 * The folder of job records ({@code IMR_HOME/imports/<job>.job.json}, beside the jobs' reports): one small file
 * per job, replaced whole (written aside, then moved) so a crash leaves the last complete record, never half of one.
 */
public final class JobRecords {

    static final String SUFFIX = ".job.json";
    /** Job ids the importer makes ({@code upload-<uuid>}, {@code import-<hex>}): a file name, never a path. */
    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final ObjectMapper JSON = LetterJson.mapper();

    private final Path folder;

    public JobRecords(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path folder() {
        return folder;
    }

    synchronized void save(JobRecord record) {
        try {
            Files.createDirectories(folder);
            Path target = file(record.jobId()).orElseThrow(() -> new IllegalArgumentException("not a job id: " + record.jobId()));
            Path partial = folder.resolve(record.jobId() + SUFFIX + ".tmp");
            JSON.writeValue(partial.toFile(), record);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the record of import job " + record.jobId() + " in " + folder
                    + ": " + e.getMessage(), e);
        }
    }

    /** The job's record; empty for an unknown job, an id that is no job id, or a record that cannot be read. */
    Optional<JobRecord> find(String jobId) {
        return file(jobId).filter(Files::isRegularFile).flatMap(JobRecords::read);
    }

    /** Every readable record, oldest first. */
    List<JobRecord> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<JobRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).forEach(f -> read(f).ifPresent(records::add));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the import jobs in " + folder + ": " + e.getMessage(), e);
        }
        records.sort(Comparator.comparing(r -> r.progress().startedAt()));
        return records;
    }

    private Optional<Path> file(String jobId) {
        return jobId != null && JOB_ID.matcher(jobId).matches() ? Optional.of(folder.resolve(jobId + SUFFIX)) : Optional.empty();
    }

    private static Optional<JobRecord> read(Path file) {
        try {
            return Optional.of(JSON.readValue(file.toFile(), JobRecord.class));
        } catch (IOException e) {
            return Optional.empty(); // a record from another version, or damaged by hand: not a job we can show
        }
    }
}
