package org.imrarchive.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where rejected files are copied so an archivist can look at them: the same path as in the import
 * ({@code letters.zip!/2014/x.pdf} goes to {@code letters.zip!/2014/x.pdf} under the folder), with a
 * {@code .reason.txt} beside each. Names that would climb out of the folder are defused first.
 *
 * <p>Only a file with something to look at is copied, and only within the import's budget: a file that could not
 * be read safely (a bomb, an oversized file) or of fewer than {@link #WORTH_KEEPING} bytes holds nothing its path
 * and reason in the report do not say. Copying every rejection made a 27 KB zip of 27,000 one-byte files leave
 * 54,000 files (215 MB of disk blocks) behind.
 */
final class Quarantine {

    /** A letter's text is kilobytes; a file shorter than this holds less than its reason says: listed, not copied. */
    static final int WORTH_KEEPING = 16;

    private final Path root;
    private final long maxBytes;
    private final int maxFiles;
    private long bytesKept;
    private int filesKept;

    Quarantine(Path root, long maxBytes, int maxFiles) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    /**
     * Copies a rejected file and its reason, if it is worth keeping and the budget allows.
     *
     * @param bytes the file's content, or null when it could not be read safely
     * @return true if copied; false if only the report lists it
     */
    boolean keep(String path, byte[] bytes, String reason) throws IOException {
        if (bytes == null || bytes.length < WORTH_KEEPING || !take(bytes.length)) {
            return false;
        }
        Path target = place(path);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"),
                "file: " + path + System.lineSeparator() + "reason: " + reason + System.lineSeparator(), StandardCharsets.UTF_8);
        return true;
    }

    /** Files and bytes copied so far. */
    synchronized long bytesKept() {
        return bytesKept;
    }

    synchronized int filesKept() {
        return filesKept;
    }

    private synchronized boolean take(long bytes) {
        if (filesKept >= maxFiles || bytesKept + bytes > maxBytes) {
            return false;
        }
        filesKept++;
        bytesKept += bytes;
        return true;
    }

    Path place(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            parts.add(segment.equals("..") ? "__" : segment.replace(':', '_'));
        }
        if (parts.isEmpty()) {
            parts.add("_");
        }
        Path target = root;
        for (String p : parts) {
            target = target.resolve(p);
        }
        target = target.normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalStateException("quarantine path escapes its folder: " + path);
        }
        return target;
    }
}
