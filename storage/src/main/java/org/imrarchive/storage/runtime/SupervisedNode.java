package org.imrarchive.storage.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded node, kept running: when its process dies (killed, out of memory, crashed) it is started
 * again on the same HTTP port over the same data, so the clients already connected to it find the archive
 * again without being told. Restarts follow a {@link RestartPolicy} (pauses that double, a bounded number of
 * attempts in a row); {@link #supervision()} says what is going on, for the health endpoint.
 */
public final class SupervisedNode implements ElasticsearchRuntime {

    private static final Logger log = LoggerFactory.getLogger(SupervisedNode.class);

    private final EmbeddedSettings settings;
    private final RestartPolicy policy;
    private final ClusterAddress address;
    private final Thread watcher;
    private final Thread shutdownHook = new Thread(() -> closed = true, "embedded-elasticsearch-supervisor-stop");
    private volatile EmbeddedElasticsearch node;
    private volatile NodeSupervision supervision;
    private volatile boolean closed;

    private SupervisedNode(EmbeddedSettings settings, RestartPolicy policy, EmbeddedElasticsearch node) {
        this.settings = settings;
        this.policy = policy;
        this.node = node;
        this.address = node.address();
        this.supervision = new NodeSupervision(NodeSupervision.State.running, 0, policy.maxAttempts(), 0, null);
        this.watcher = new Thread(this::watch, "embedded-elasticsearch-supervisor");
        this.watcher.setDaemon(true);
    }

    /** Starts the node (see {@link EmbeddedElasticsearch#start}) and watches it. */
    public static SupervisedNode start(EmbeddedSettings settings, RestartPolicy policy) {
        EmbeddedElasticsearch first = EmbeddedElasticsearch.start(settings);
        // A restart must come back where the clients look for it: the port the first start picked.
        EmbeddedSettings samePort = new EmbeddedSettings(settings.home(), settings.distribution(),
                settings.analysisPlugin(), first.address().nodes().get(0).getPort(), settings.heap());
        SupervisedNode supervised = new SupervisedNode(samePort, policy, first);
        // At exit the node's own hook stops it; this one tells the watcher that is no death to mend.
        Runtime.getRuntime().addShutdownHook(supervised.shutdownHook);
        supervised.watcher.start();
        return supervised;
    }

    @Override
    public ClusterAddress address() {
        return address;
    }

    @Override
    public String describe() {
        return node.describe();
    }

    @Override
    public Optional<NodeSupervision> supervision() {
        return Optional.of(supervision);
    }

    /** The current node's processes (launcher and server), for tests that kill them. */
    public List<ProcessHandle> processTree() {
        return node.processTree();
    }

    @Override
    public void close() {
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook has run or is running: it only sets closed
        }
        watcher.interrupt();
        try {
            watcher.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        node.close();
    }

    private void watch() {
        while (!closed) {
            String exit;
            try {
                exit = node.exited().get();
            } catch (InterruptedException e) {
                return; // closed
            } catch (java.util.concurrent.ExecutionException e) {
                exit = "the node's process ended: " + e.getCause();
            }
            if (closed) {
                return;
            }
            log.warn("embedded Elasticsearch died ({}); restarting it", exit);
            node.close(); // whatever of it is left
            if (!restart(exit)) {
                return;
            }
        }
    }

    /** Up to the policy's attempts in a row; false when they are used up (or the node was closed). */
    private boolean restart(String exit) {
        String last = exit;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            supervision = new NodeSupervision(NodeSupervision.State.restarting, attempt, policy.maxAttempts(),
                    supervision.restarts(), last);
            Duration delay = policy.delayBefore(attempt);
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                return false;
            }
            if (closed) {
                return false;
            }
            try {
                node = EmbeddedElasticsearch.start(settings);
                if (closed) {
                    node.close();
                    return false;
                }
                supervision = new NodeSupervision(NodeSupervision.State.running, 0, policy.maxAttempts(),
                        supervision.restarts() + 1, last);
                log.info("embedded Elasticsearch is back on attempt {} of {}", attempt, policy.maxAttempts());
                return true;
            } catch (RuntimeException e) {
                last = exit + "; restart attempt " + attempt + " failed: " + e.getMessage().lines().findFirst().orElse("");
                log.warn("embedded Elasticsearch restart attempt {} of {} failed", attempt, policy.maxAttempts(), e);
            }
        }
        supervision = new NodeSupervision(NodeSupervision.State.failed, 0, policy.maxAttempts(), supervision.restarts(), last);
        log.error("embedded Elasticsearch could not be restarted in {} attempts; it stays down", policy.maxAttempts());
        return false;
    }
}
