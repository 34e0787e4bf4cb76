package org.imrarchive.api.imports;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.imrarchive.importer.BackgroundImportJobs;

/**
 * One upload's folder: files are written under their own (cleaned) names, never outside the folder,
 * and the total is bounded; going over the limit deletes what was written and answers 413.
 */
final class Uploads implements AutoCloseable {

    private final Path folder;
    private final long maxBytes;
    private final Set<String> names = new HashSet<>();
    private long written;
    private boolean keep;

    Uploads(Path parent, long maxBytes) {
        try {
            Files.createDirectories(parent);
            this.folder = Files.createTempDirectory(parent, "imr-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an upload folder under " + parent, e);
        }
        this.maxBytes = maxBytes;
    }

    Path folder() {
        return folder;
    }

    /** Writes one file; returns its path. */
    Path save(String originalName, InputStream content) {
        Path target = folder.resolve(uniqueName(safeName(originalName)));
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = content.read(buffer)) >= 0) {
                written += n;
                if (written > maxBytes) {
                    throw new ContentTooLargeResponse("the upload is larger than the limit of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new BadRequestResponse("the upload could not be read: " + e.getMessage());
        }
        return target;
    }

    /** Keeps the folder after close: the import job now owns it. */
    void handOver() {
        keep = true;
    }

    @Override
    public void close() {
        if (!keep) {
            BackgroundImportJobs.delete(folder);
        }
    }

    /** The base name only, with anything but letters, digits, '.', '-', '_' replaced: no paths, no hidden files. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        if (name.length() > 120) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 120 - ext.length()) + ext;
        }
        return name.isEmpty() ? "upload" : name;
    }

    private String uniqueName(String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) {
            candidate = i + "-" + name;
        }
        return candidate;
    }
}
