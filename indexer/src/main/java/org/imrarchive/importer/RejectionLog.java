package org.imrarchive.importer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.imrarchive.letter.LetterJson;

/**
 * Every rejection of one run, written to disk as it happens (one JSON line each, beside the report), so that the
 * job's memory holds only the first {@link Tally#LISTED} while the report still lists all of them. Holding them
 * all cost the heap ~0.3 KB per rejection, without bound.
 */
final class RejectionLog implements AutoCloseable {

    private static final ObjectMapper JSON = LetterJson.mapper();

    private final Path files;
    private final Path rows;
    private final BufferedWriter fileLines;
    private final BufferedWriter rowLines;
    private IOException failure;

    /** Starts the run's log beside {@code report} (a resumed run lists its earlier files again, from the ledger). */
    RejectionLog(Path report) {
        Path parent = report.toAbsolutePath().getParent();
        this.files = parent.resolve(report.getFileName() + ".rejections.part");
        this.rows = parent.resolve(report.getFileName() + ".row-rejections.part");
        try {
            Files.createDirectories(parent);
            this.fileLines = Files.newBufferedWriter(files, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            this.rowLines = Files.newBufferedWriter(rows, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the import report beside " + report + ": " + e.getMessage(), e);
        }
    }

    synchronized void file(ImportProgress.Rejection rejection) {
        append(fileLines, rejection);
    }

    synchronized void row(ImportReport.RowRejection rejection) {
        append(rowLines, rejection);
    }

    private void append(BufferedWriter out, Object line) {
        if (failure != null) {
            return;
        }
        try {
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            failure = e;
        }
    }

    /**
     * Writes the report to {@code target} with every rejection logged instead of the report's sample (then
     * {@code rejectionsTruncated} is false): field by field, the lists streamed from the log, never all in memory.
     * Written to a temporary file first and moved, so a reader never meets half a report.
     */
    synchronized void writeReport(ImportReport report, Path target) {
        try {
            fileLines.flush();
            rowLines.flush();
            if (failure != null) {
                throw failure;
            }
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = parent.resolve(target.getFileName() + ".tmp");
            ObjectNode fields = JSON.valueToTree(report);
            fields.put("rejectionsTruncated", false);
            fields.put("rowRejectionsTruncated", false);
            try (JsonGenerator out = JSON.getFactory().createGenerator(partial.toFile(), JsonEncoding.UTF8)) {
                out.useDefaultPrettyPrinter();
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : fields.properties()) {
                    out.writeFieldName(field.getKey());
                    switch (field.getKey()) {
                        case "rejections" -> copyLines(files, out);
                        case "rowRejections" -> copyLines(rows, out);
                        default -> out.writeTree(field.getValue());
                    }
                }
                out.writeEndObject();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the sample is better than no report
            report.writeTo(target);
        }
    }

    private static void copyLines(Path log, JsonGenerator out) throws IOException {
        out.writeStartArray();
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    out.writeTree(JSON.readTree(line));
                }
            }
        }
        out.writeEndArray();
    }

    /** Closes and deletes the log: the report now holds it. */
    @Override
    public synchronized void close() {
        for (BufferedWriter w : new BufferedWriter[] {fileLines, rowLines}) {
            try {
                w.close();
            } catch (IOException ignored) {
                // deleted below anyway
            }
        }
        try {
            Files.deleteIfExists(files);
            Files.deleteIfExists(rows);
        } catch (IOException ignored) {
            // a leftover part file is removed by the next run of the job, or by the retention sweep
        }
    }
}
