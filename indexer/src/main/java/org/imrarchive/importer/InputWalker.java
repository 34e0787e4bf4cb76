package org.imrarchive.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Walks what an archivist hands over: files, folders (recursively, in name order so every run sees the
 * same files in the same order) and zips, read in place without unpacking anything to disk, nested zips
 * too (up to {@link ImportLimits#maxZipDepth()}). Unsafe entries are handed on as refused files, never
 * dropped, so they are counted and reported.
 */
final class InputWalker {

    interface Sink {
        void accept(FoundFile file) throws InterruptedException;
    }

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final ImportLimits limits;

    InputWalker(ImportLimits limits) {
        this.limits = limits;
    }

    void walk(List<Path> inputs, Sink sink) throws InterruptedException {
        for (Path input : inputs) {
            String name = displayName(input);
            if (Files.isDirectory(input)) {
                for (Path file : filesIn(input, sink, name)) {
                    walkFile(file, name + "/" + relative(input, file), sink);
                }
            } else if (Files.isRegularFile(input)) {
                walkFile(input, name, sink);
            } else {
                sink.accept(FoundFile.refused(name, -1, "no such file or folder: " + input));
            }
        }
    }

    /** How many files the walk will meet, for the ETA: zip entries from their directory, nested zips as one. */
    long estimate(List<Path> inputs) {
        long count = 0;
        for (Path input : inputs) {
            List<Path> files = Files.isDirectory(input) ? listQuietly(input) : List.of(input);
            for (Path f : files) {
                count += isZip(f) ? zipEntryCount(f) : 1;
            }
        }
        return count;
    }

    private List<Path> filesIn(Path folder, Sink sink, String name) throws InterruptedException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> relative(folder, p))).toList();
        } catch (IOException | RuntimeException e) {
            sink.accept(FoundFile.refused(name, -1, "could not list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private void walkFile(Path file, String path, Sink sink) throws InterruptedException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            sink.accept(FoundFile.refused(path, -1, "could not read the file: " + e.getMessage()));
            return;
        }
        if (isZip(file)) {
            ZipFile zip;
            try {
                zip = ZipFile.builder().setPath(file).get();
            } catch (IOException | RuntimeException e) {
                sink.accept(FoundFile.refused(path, size, "corrupt or unreadable zip: " + e.getMessage()));
                return;
            }
            try (zip) {
                walkZip(zip, path, 1, new ExpansionBudget(limits.maxArchiveBytes(), limits.maxArchiveEntries()), sink);
            } catch (IOException e) {
                // closing a zip we only read: nothing is lost
            }
            return;
        }
        sink.accept(new FoundFile(path, size, () -> {
            if (size > limits.maxFileBytes()) {
                throw new FoundFile.Refusal("file too large: " + size + " bytes (limit " + limits.maxFileBytes() + ")", null);
            }
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new FoundFile.Refusal("could not read the file: " + e.getMessage(), null);
            }
        }));
    }

    private void walkZip(ZipFile zip, String zipPath, int depth, ExpansionBudget budget, Sink sink) throws InterruptedException {
        List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(zip.getEntries()));
        entries.sort(Comparator.comparing(ZipArchiveEntry::getName));
        for (ZipArchiveEntry entry : entries) {
            if (entry.isDirectory()) {
                continue;
            }
            if (budget.exhausted()) {
                return; // the one refusal for the rest is given; the nested walks above this one stop too
            }
            String path = zipPath + "!/" + entry.getName();
            long size = entry.getSize();
            if (!budget.takeEntry()) {
                sink.accept(FoundFile.refused(path, size, "zip bomb: the archive holds more than " + limits.maxArchiveEntries()
                        + " files; this one and the rest of the archive were not read"));
                return;
            }
            if (escapes(entry.getName())) {
                sink.accept(new FoundFile(path, size, () -> {
                    throw new FoundFile.Refusal("zip entry escapes its folder: " + entry.getName(), quietly(zip, entry, budget));
                }));
            } else if (!zip.canReadEntryData(entry)) {
                sink.accept(FoundFile.refused(path, size, "encrypted or unsupported zip entry (compression method "
                        + entry.getMethod() + ")"));
            } else if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                walkNestedZip(zip, entry, path, depth, budget, sink);
            } else {
                sink.accept(new FoundFile(path, size, () -> read(zip, entry, budget)));
            }
        }
    }

    private void walkNestedZip(ZipFile outer, ZipArchiveEntry entry, String path, int depth, ExpansionBudget budget, Sink sink)
            throws InterruptedException {
        if (depth >= limits.maxZipDepth()) {
            sink.accept(FoundFile.refused(path, entry.getSize(), "zip nested deeper than " + limits.maxZipDepth() + " levels"));
            return;
        }
        byte[] bytes;
        try {
            bytes = read(outer, entry, budget);
        } catch (FoundFile.Refusal r) {
            sink.accept(new FoundFile(path, entry.getSize(), () -> {
                throw r;
            }));
            return;
        }
        ZipFile inner;
        try {
            inner = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        } catch (IOException | RuntimeException e) {
            sink.accept(new FoundFile(path, bytes.length, () -> {
                throw new FoundFile.Refusal("corrupt or unreadable zip: " + e.getMessage(), bytes);
            }));
            return;
        }
        try (inner) {
            walkZip(inner, path, depth + 1, budget, sink);
        } catch (IOException e) {
            // in memory: closing cannot lose anything
        }
    }

    /** Reads an entry, stopping as soon as it proves to be a bomb: too large, too compressed, or the archive too big. */
    private byte[] read(ZipFile zip, ZipArchiveEntry entry, ExpansionBudget budget) throws FoundFile.Refusal {
        long max = limits.maxFileBytes();
        long compressed = entry.getCompressedSize();
        if (entry.getSize() > max) {
            boolean bomb = compressed > 0 && entry.getSize() > compressed * limits.maxCompressionRatio();
            throw new FoundFile.Refusal((bomb ? "zip bomb: " : "file too large: ") + "zip entry declares " + entry.getSize()
                    + " bytes" + (bomb ? " from " + compressed + " compressed" : "") + " (limit " + max + ")", null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(entry.getSize() > 0 ? (int) entry.getSize() : 8192);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    throw new FoundFile.Refusal("zip bomb: entry expands beyond " + max + " bytes (limit per file)", null);
                }
                if (compressed > 0 && total > limits.ratioCheckAbove() && total > compressed * limits.maxCompressionRatio()) {
                    throw new FoundFile.Refusal("zip bomb: entry expands more than " + limits.maxCompressionRatio()
                            + ":1 (" + compressed + " compressed bytes gave over " + total + ")", null);
                }
                if (!budget.take(n)) {
                    throw new FoundFile.Refusal("zip bomb: the archive expands beyond " + limits.maxArchiveBytes()
                            + " bytes in total", null);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            throw new FoundFile.Refusal("corrupt zip entry: " + e.getMessage(), null);
        }
        return out.toByteArray();
    }

    private byte[] quietly(ZipFile zip, ZipArchiveEntry entry, ExpansionBudget budget) {
        try {
            return read(zip, entry, budget);
        } catch (FoundFile.Refusal r) {
            return null;
        }
    }

    /** An absolute name, a drive letter or any ".." segment would write outside the folder it is unpacked in. */
    static boolean escapes(String entryName) {
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    static boolean isZip(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static long zipEntryCount(Path file) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            return Collections.list(zip.getEntries()).stream().filter(e -> !e.isDirectory()).count();
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    private static List<Path> listQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static String displayName(Path input) {
        Path name = input.toAbsolutePath().normalize().getFileName();
        return name == null ? input.toString() : name.toString();
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** Bytes and files one top-level archive may still expand to, shared by its nested zips. */
    private static final class ExpansionBudget {
        private long left;
        private long entries;

        ExpansionBudget(long bytes, long entries) {
            this.left = bytes;
            this.entries = entries;
        }

        boolean take(long bytes) {
            left -= bytes;
            return left >= 0;
        }

        private boolean exhausted;

        /** Counts one file; false for the first file beyond the budget, and {@link #exhausted} from then on. */
        boolean takeEntry() {
            if (entries == 0) {
                exhausted = true;
                return false;
            }
            entries--;
            return true;
        }

        boolean exhausted() {
            return exhausted;
        }
    }
}
