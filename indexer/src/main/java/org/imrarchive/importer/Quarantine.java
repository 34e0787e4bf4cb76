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
 */
final class Quarantine {

    private final Path root;

    Quarantine(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** @param bytes the file's content, or null when it could not be read safely (a bomb, an oversized file) */
    void keep(String path, byte[] bytes, String reason) throws IOException {
        Path target = place(path);
        Files.createDirectories(target.getParent());
        String note = reason + System.lineSeparator();
        if (bytes != null) {
            Files.write(target, bytes);
        } else {
            note += "(the content was not copied: it could not be read safely)" + System.lineSeparator();
        }
        Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"),
                "file: " + path + System.lineSeparator() + "reason: " + note, StandardCharsets.UTF_8);
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
