package org.imrarchive.storage.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The unpacked distribution with our analysis plugin installed. It is rebuilt only when the
 * distribution or the plugin changes (a marker file records their hashes); the data directory
 * lives elsewhere and is never touched here.
 */
final class Installation {

    private static final String MARKER = ".imr-installation";

    private final EmbeddedSettings settings;

    Installation(EmbeddedSettings settings) {
        this.settings = settings;
    }

    void ensureInstalled() throws IOException {
        requireFile(settings.distribution(), "Elasticsearch distribution",
                "run ./imr (it fetches org.elasticsearch.distribution.integ-test-zip:elasticsearch:"
                        + ElasticsearchVersion.CURRENT + ":zip through Maven) or set IMR_ES_DISTRIBUTION");
        requireFile(settings.analysisPlugin(), "analysis plugin",
                "build it with 'mvn -pl analysis-plugin package' or set IMR_ANALYSIS_PLUGIN");
        Path dir = settings.installDir();
        String fingerprint = sha256(settings.distribution()) + " " + sha256(settings.analysisPlugin());
        Path marker = dir.resolve(MARKER);
        if (Files.exists(marker) && Files.readString(marker).equals(fingerprint)) {
            return;
        }
        deleteTree(dir);
        unzipStrippingTopFolder(settings.distribution(), dir);
        installPlugin(dir);
        Files.writeString(marker, fingerprint);
    }

    /** Creates the (empty) keystore every node reads at start, unless it exists. */
    void ensureKeystore() throws IOException {
        Path dir = settings.installDir();
        if (Files.exists(dir.resolve("config/elasticsearch.keystore"))) {
            return;
        }
        run(List.of(dir.resolve("bin/elasticsearch-keystore").toString(), "create"), "creating the keystore");
    }

    private void installPlugin(Path dir) throws IOException {
        List<String> command = List.of(dir.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
                settings.analysisPlugin().toAbsolutePath().toUri().toString());
        run(command, "installing the analysis plugin");
    }

    private static void run(List<String> command, String what) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("ES_JAVA_OPTS");
        try {
            Process p = builder.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(what + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + what, e);
        }
    }

    private static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zipFile = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zipFile.getEntries())) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = root.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("distribution zip entry escapes its folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zipFile.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if ((entry.getUnixMode() & 0100) != 0 || name.contains("/bin/")) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
                    perms.add(PosixFilePermission.OWNER_EXECUTE);
                    perms.add(PosixFilePermission.GROUP_EXECUTE);
                    perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(out, perms);
                }
            }
        }
    }

    private static void requireFile(Path file, String what, String hint) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IOException(what + " not found at " + file + ": " + hint);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
