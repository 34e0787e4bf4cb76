package org.imrarchive.storage.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/** Elasticsearch refuses to run as root; as root we hand its files to {@code nobody} and drop privileges. */
final class UnprivilegedUser {

    static final String USER = "nobody";
    static final String GROUP = "nogroup";

    private UnprivilegedUser() {
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static List<String> setprivPrefix() {
        return List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups", "--");
    }

    static void giveOwnership(Path dir) throws IOException {
        run(List.of("chown", "-R", USER + ":" + GROUP, dir.toString()));
    }

    /** {@code nobody} must be able to walk down to the home directory, e.g. not under /root (mode 700). */
    static void checkTraversable(Path home) throws IOException {
        for (Path p = home.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("Elasticsearch runs as '" + USER + "' (it refuses root), and '" + USER
                        + "' cannot enter " + p + ". Set IMR_HOME to a directory outside it, e.g. /var/lib/imr");
            }
        }
    }

    private static void run(List<String> command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }
}
