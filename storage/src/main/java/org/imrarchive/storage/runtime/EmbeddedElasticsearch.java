package org.imrarchive.storage.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single Elasticsearch node this process runs on loopback, from the distribution zip fetched through
 * Maven, with this repository's analysis plugin installed. Its data lives under
 * {@link EmbeddedSettings#dataDir()}, so stopping and starting again finds the archive.
 *
 * <p>Elasticsearch refuses to run as root, so when this JVM is root the node runs as {@code nobody}
 * through {@code setpriv}. A shutdown hook stops the node on Ctrl-C; a node left behind by a killed
 * process is found through its pid file and stopped on the next start.
 *
 * <p>The nodes of a {@link LocalCluster} are started the same way ({@link #launch}), each from its own folder.
 */
public final class EmbeddedElasticsearch implements ElasticsearchRuntime {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final NodeSpec node;
    private final Process process;
    private final ClusterAddress address;
    private final Thread shutdownHook;
    private volatile boolean closed;

    private EmbeddedElasticsearch(NodeSpec node, Process process) {
        this.node = node;
        this.process = process;
        this.address = ClusterAddress.local(node.httpPort());
        this.shutdownHook = new Thread(this::stopProcessTree, "embedded-elasticsearch-stop");
    }

    /** Prepares the installation if needed, starts the node and waits until it answers healthy. */
    public static EmbeddedElasticsearch start(EmbeddedSettings settings) {
        try {
            Path home = settings.home().toAbsolutePath();
            Files.createDirectories(home);
            stopLeftoverNode(home.resolve("elasticsearch.pid"));
            new Installation(settings).ensureInstalled();
            List<Integer> ports = LoopbackPorts.free(2);
            int port = settings.port() == 0 ? ports.get(0) : settings.port();
            // The two picked ports are distinct, so the transport port never equals the HTTP port.
            int transportPort = ports.get(1) == port ? ports.get(0) : ports.get(1);
            NodeSpec single = new NodeSpec("imr-embedded", "imr-archive", home, port, transportPort,
                    List.of("discovery.type=single-node"), "/_cluster/health?wait_for_status=yellow&timeout=2s", START_TIMEOUT);
            return launch(settings, single);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded Elasticsearch under " + settings.home() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts one node from the installation under {@code settings} (which must be installed already) and
     * waits until it answers {@link NodeSpec#readyPath()}.
     */
    static EmbeddedElasticsearch launch(EmbeddedSettings settings, NodeSpec node) throws IOException {
        stopLeftoverNode(node.pidFile());
        for (Path dir : List.of(node.dataDir(), node.logsDir(), node.tmpDir())) {
            Files.createDirectories(dir);
        }
        boolean root = UnprivilegedUser.runningAsRoot();
        if (root) {
            UnprivilegedUser.checkTraversable(node.dir());
            UnprivilegedUser.giveOwnership(node.dir());
        }

        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(UnprivilegedUser.setprivPrefix());
        }
        command.add(settings.installDir().resolve("bin/elasticsearch").toString());
        command.addAll(List.of(
                "-p", node.pidFile().toString(),
                "-E", "cluster.name=" + node.clusterName(),
                "-E", "node.name=" + node.name(),
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + node.httpPort(),
                "-E", "transport.port=" + node.transportPort(),
                "-E", "xpack.security.enabled=false",
                "-E", "path.data=" + node.dataDir(),
                "-E", "path.logs=" + node.logsDir(),
                // A nearly full disk must not silently turn the archive read-only on a laptop.
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        for (String setting : node.discovery()) {
            command.addAll(List.of("-E", setting));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(node.logsDir().resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        env.put("ES_TMPDIR", node.tmpDir().toString());
        env.remove("ES_PATH_CONF");

        log.info("starting Elasticsearch node {} on 127.0.0.1:{} (data in {})", node.name(), node.httpPort(), node.dataDir());
        Process process = builder.start();
        EmbeddedElasticsearch started = new EmbeddedElasticsearch(node, process);
        try {
            Runtime.getRuntime().addShutdownHook(started.shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // a restart racing the JVM's exit: a node started now would outlive it
            started.stopProcessTree();
            throw new IllegalStateException("not starting Elasticsearch: this process is exiting", shuttingDown);
        }
        try {
            started.awaitReady();
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        log.info("Elasticsearch node {} is up at {}", node.name(), started.address.nodes().get(0));
        return started;
    }

    @Override
    public ClusterAddress address() {
        return address;
    }

    @Override
    public String describe() {
        return "embedded node at " + address.nodes().get(0) + ", data in " + node.dataDir();
    }

    public long pid() {
        return process.pid();
    }

    /** The processes of this node (launcher and server), for tests that check nothing is left behind. */
    public List<ProcessHandle> processTree() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.descendants().forEach(all::add);
        return all;
    }

    /**
     * Completes when the node's launcher or its server process ends, however (killed, out of memory,
     * crashed), with what ended; also when it is stopped, which the caller knows about.
     */
    CompletableFuture<String> exited() {
        CompletableFuture<String> exit = new CompletableFuture<>();
        process.onExit().thenRun(() -> exit.complete("the node's launcher exited with code " + process.exitValue()));
        process.descendants().forEach(server -> server.onExit()
                .thenRun(() -> exit.complete("the node's server process (pid " + server.pid() + ") ended")));
        return exit;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or will run; stopping twice is harmless
        }
        stopProcessTree();
    }

    /**
     * Kills the node's processes with SIGKILL, as a power cut or the OOM killer would: no clean shutdown,
     * so the cluster sees the node vanish. For fault tests.
     */
    void crash() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // nothing left to stop
        }
        List<ProcessHandle> tree = processTree();
        tree.forEach(ProcessHandle::destroyForcibly);
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        tree.forEach(handle -> waitFor(handle, deadline));
    }

    private synchronized void stopProcessTree() {
        if (closed) {
            return;
        }
        closed = true;
        List<ProcessHandle> tree = processTree();
        // The launcher forwards SIGTERM to the server for a clean shutdown; signal the server too in
        // case the launcher is already gone.
        for (int i = tree.size() - 1; i >= 0; i--) {
            tree.get(i).destroy();
        }
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        for (ProcessHandle handle : tree) {
            waitFor(handle, deadline);
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            Files.deleteIfExists(node.pidFile());
        } catch (IOException ignored) {
            // the node removes its own pid file; this is only a tidy-up
        }
    }

    private static void waitFor(ProcessHandle handle, Instant deadline) {
        try {
            long millis = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            handle.onExit().get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception timedOutOrInterrupted) {
            // forcibly stopped below
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = address.nodes().get(0).resolve(node.readyPath() == null ? "/" : node.readyPath());
        Instant deadline = Instant.now().plus(node.startTimeout());
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("embedded Elasticsearch exited with code " + process.exitValue()
                        + " during start-up. Last lines of " + consoleLog() + ":\n" + tailOfConsole());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 || node.readyPath() == null) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("embedded Elasticsearch did not become healthy within " + node.startTimeout().toSeconds()
                + " s. Last lines of " + consoleLog() + ":\n" + tailOfConsole());
    }

    private Path consoleLog() {
        return node.logsDir().resolve("console.log");
    }

    private String tailOfConsole() {
        try {
            List<String> lines = Files.readAllLines(consoleLog(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no console log: " + e.getMessage() + ")";
        }
    }

    /** A node whose owner was killed (SIGKILL, power loss) still holds the data directory: stop it. */
    static void stopLeftoverNode(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).trim();
        Files.deleteIfExists(pidFile);
        if (!text.matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(text))
                .filter(p -> p.info().commandLine().orElse("").contains("org.elasticsearch"));
        if (leftover.isPresent()) {
            log.warn("stopping Elasticsearch left running by an earlier process (pid {})", text);
            ProcessHandle handle = leftover.get();
            handle.destroy();
            waitFor(handle, Instant.now().plus(STOP_TIMEOUT));
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
