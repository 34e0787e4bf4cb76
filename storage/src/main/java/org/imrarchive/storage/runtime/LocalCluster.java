package org.imrarchive.storage.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several Elasticsearch nodes on loopback forming one cluster, all from the one installation of
 * {@link EmbeddedSettings#installDir()}: the archive as it runs when it outgrows one machine, on one
 * machine. Node {@code i} keeps its files in {@code home/cluster/node-i}; its ports stay the same
 * for the cluster's life, so a node stopped and started again rejoins where the others look for it.
 *
 * <p>Nodes can be stopped (cleanly), crashed (SIGKILL) and started again one at a time, which is what
 * the fault tests do. Like the single embedded node, nodes run as {@code nobody} when this JVM is
 * root, each has a pid file and a shutdown hook, and a node left behind by a killed process is
 * stopped when its slot starts again.
 */
public final class LocalCluster implements ElasticsearchRuntime {

    public static final int DEFAULT_NODES = 3;
    private static final String CLUSTER_NAME = "imr-archive-cluster";
    /** Several nodes starting at once on a small machine take longer than one alone. */
    private static final Duration NODE_START_TIMEOUT = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(LocalCluster.class);

    private final EmbeddedSettings settings;
    private final List<NodeSpec> nodes;
    private final EmbeddedElasticsearch[] running;
    private final ClusterAddress address;

    private LocalCluster(EmbeddedSettings settings, List<NodeSpec> nodes) {
        this.settings = settings;
        this.nodes = nodes;
        this.running = new EmbeddedElasticsearch[nodes.size()];
        this.address = new ClusterAddress(nodes.stream().map(n -> URI.create("http://127.0.0.1:" + n.httpPort())).toList(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Starts {@code size} nodes at once and waits until they have formed a cluster of all of them.
     * {@link EmbeddedSettings#port()} is ignored: each node takes free ports.
     */
    public static LocalCluster start(EmbeddedSettings settings, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node, not " + size);
        }
        LocalCluster cluster;
        try {
            Path home = settings.home().toAbsolutePath();
            Files.createDirectories(home);
            Installation installation = new Installation(settings);
            installation.ensureInstalled();
            // The nodes share the installation's config folder: left to themselves, all would create its keystore at once.
            installation.ensureKeystore();
            if (UnprivilegedUser.runningAsRoot()) {
                // Nodes write into the installation too (the keystore is rewritten on start), so all of home goes to nobody.
                UnprivilegedUser.checkTraversable(home);
                Files.createDirectories(home.resolve("cluster"));
                UnprivilegedUser.giveOwnership(home);
            }
            for (int i = 0; i < size; i++) {
                // nodes a killed process left running would hold the data folders and confuse the bootstrap
                EmbeddedElasticsearch.stopLeftoverNode(home.resolve("cluster").resolve("node-" + i).resolve("elasticsearch.pid"));
            }
            cluster = new LocalCluster(settings, specs(home.resolve("cluster"), size));
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare a local cluster under " + settings.home() + ": " + e.getMessage(), e);
        }
        try {
            // Together, since no node can finish starting alone: each waits for the others to elect a master.
            inParallel(size, cluster::launch);
            cluster.awaitHealth("yellow", size, Duration.ofSeconds(120));
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        log.info("local Elasticsearch cluster of {} nodes is up at {}", size, cluster.address.nodes());
        return cluster;
    }

    /**
     * The nodes' names, folders and ports. Nodes that have never run bootstrap the cluster together
     * ({@code cluster.initial_master_nodes}); once a node has data it only rejoins, as Elasticsearch asks.
     */
    private static List<NodeSpec> specs(Path clusterDir, int size) throws IOException {
        List<Integer> ports = LoopbackPorts.free(2 * size);
        List<Integer> httpPorts = ports.subList(0, size);
        List<Integer> transportPorts = ports.subList(size, 2 * size);
        String seedHosts = String.join(",", transportPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        List<String> names = IntStream.range(0, size).mapToObj(i -> "imr-node-" + i).toList();
        boolean firstBootstrap = IntStream.range(0, size).allMatch(i -> isEmpty(clusterDir.resolve("node-" + i).resolve("data")));
        List<NodeSpec> specs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<String> discovery = new ArrayList<>(List.of("discovery.seed_hosts=" + seedHosts));
            if (firstBootstrap) {
                discovery.add("cluster.initial_master_nodes=" + String.join(",", names));
            }
            specs.add(new NodeSpec(names.get(i), CLUSTER_NAME, clusterDir.resolve("node-" + i), httpPorts.get(i),
                    transportPorts.get(i), discovery, null, NODE_START_TIMEOUT));
        }
        return specs;
    }

    @Override
    public ClusterAddress address() {
        return address;
    }

    @Override
    public String describe() {
        return "local cluster of " + nodes.size() + " nodes at " + address.nodes() + ", data in "
                + settings.home().resolve("cluster");
    }

    public int size() {
        return nodes.size();
    }

    /** The address of node {@code i} alone, e.g. to check what that one node answers. */
    public ClusterAddress nodeAddress(int i) {
        return ClusterAddress.local(nodes.get(i).httpPort());
    }

    public synchronized boolean isRunning(int i) {
        return running[i] != null;
    }

    /** Stops node {@code i} cleanly (SIGTERM, as a rolling restart would); the others carry on. */
    public void stopNode(int i) {
        EmbeddedElasticsearch node = take(i);
        if (node != null) {
            log.info("stopping node {}", nodes.get(i).name());
            node.close();
        }
    }

    /** Kills node {@code i} with SIGKILL, as a power cut would: no goodbye to the cluster. */
    public void crashNode(int i) {
        EmbeddedElasticsearch node = take(i);
        if (node != null) {
            log.info("crashing node {} (SIGKILL)", nodes.get(i).name());
            node.crash();
        }
    }

    /** Starts node {@code i} again on its old ports and waits until the cluster counts it. */
    public void startNode(int i) {
        synchronized (this) {
            if (running[i] != null) {
                return;
            }
        }
        // A restarted node rejoins the cluster its data belongs to: no bootstrapping now.
        NodeSpec old = nodes.get(i);
        nodes.set(i, new NodeSpec(old.name(), old.clusterName(), old.dir(), old.httpPort(), old.transportPort(),
                old.discovery().stream().filter(s -> !s.startsWith("cluster.initial_master_nodes=")).toList(),
                old.readyPath(), old.startTimeout()));
        launch(i);
        awaitHealth("yellow", runningCount(), Duration.ofSeconds(120));
    }

    /**
     * Waits until the cluster has exactly {@code nodeCount} nodes and is at least {@code status}
     * (yellow or green); returns the status reached.
     *
     * @throws IllegalStateException if that does not happen within {@code timeout}
     */
    public String awaitHealth(String status, int nodeCount, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no node answered";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            for (int i = 0; i < nodes.size(); i++) {
                if (!isRunning(i)) {
                    continue;
                }
                URI uri = URI.create("http://127.0.0.1:" + nodes.get(i).httpPort() + "/_cluster/health?wait_for_status="
                        + status + "&wait_for_nodes=" + nodeCount + "&timeout=5s");
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    last = response.body();
                    if (response.statusCode() == 200 && !last.contains("\"timed_out\":true")) {
                        return field(last, "status");
                    }
                } catch (IOException unreachable) {
                    last = nodes.get(i).name() + ": " + unreachable;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the cluster", e);
                }
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("the cluster did not reach " + status + " with " + nodeCount + " nodes within "
                + timeout.toSeconds() + " s; last answer: " + last);
    }

    /** The index of the elected master node, as a running node sees it (stopping it is the hardest single fault). */
    public int masterNode() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < nodes.size(); i++) {
            if (!isRunning(i)) {
                continue;
            }
            try {
                String name = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nodes.get(i).httpPort()
                        + "/_cat/master?h=node")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body().trim();
                for (int j = 0; j < nodes.size(); j++) {
                    if (nodes.get(j).name().equals(name)) {
                        return j;
                    }
                }
            } catch (IOException unreachable) {
                // ask the next node
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while asking for the master", e);
            }
        }
        throw new IllegalStateException("no running node knows an elected master");
    }

    /** The processes of all running nodes, for tests that check nothing is left behind. */
    public synchronized List<ProcessHandle> processTree() {
        List<ProcessHandle> all = new ArrayList<>();
        for (EmbeddedElasticsearch node : running) {
            if (node != null) {
                all.addAll(node.processTree());
            }
        }
        return all;
    }

    /** Stops every node, all at once. */
    @Override
    public void close() {
        inParallel(nodes.size(), this::stopNode);
    }

    /**
     * Runs {@code action} for 0..n-1 on threads of its own. The first failure interrupts the others (a
     * node that cannot start must not leave the rest waiting out their start timeout) and is rethrown.
     */
    private static void inParallel(int n, IntConsumer action) {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CompletionService<Void> done = new ExecutorCompletionService<>(threads);
        IntStream.range(0, n).forEach(i -> done.submit(() -> action.accept(i), null));
        try {
            for (int finished = 0; finished < n; finished++) {
                done.take().get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting or stopping nodes", e);
        } finally {
            threads.shutdownNow();
            try {
                threads.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void launch(int i) {
        try {
            EmbeddedElasticsearch node = EmbeddedElasticsearch.launch(settings, nodes.get(i));
            synchronized (this) {
                running[i] = node;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node " + nodes.get(i).name() + ": " + e.getMessage(), e);
        }
    }

    private synchronized EmbeddedElasticsearch take(int i) {
        EmbeddedElasticsearch node = running[i];
        running[i] = null;
        return node;
    }

    private synchronized int runningCount() {
        int count = 0;
        for (EmbeddedElasticsearch node : running) {
            if (node != null) {
                count++;
            }
        }
        return count;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "unknown";
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster", e);
        }
    }
}
