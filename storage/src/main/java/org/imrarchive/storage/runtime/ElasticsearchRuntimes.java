package org.imrarchive.storage.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the cluster from configuration: {@code ES_URL} names an external cluster; otherwise an
 * embedded node under {@code IMR_HOME}. When another imr process already runs the embedded node
 * of the same home (say {@code imr serve} while you run {@code imr stats}), this one attaches to it
 * instead of fighting over the data directory.
 */
public final class ElasticsearchRuntimes {

    public static final String DEFAULT_DISTRIBUTION = System.getProperty("user.home")
            + "/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/" + ElasticsearchVersion.CURRENT
            + "/elasticsearch-" + ElasticsearchVersion.CURRENT + ".zip";

    private ElasticsearchRuntimes() {
    }

    public static ElasticsearchRuntime fromEnvironment(Map<String, String> env) {
        String url = env.get("ES_URL");
        if (url != null && !url.isBlank()) {
            return new ExternalCluster(new ClusterAddress(ClusterAddress.parseNodes(url),
                    optional(env, "ES_API_KEY"), optional(env, "ES_USERNAME"), optional(env, "ES_PASSWORD"),
                    optional(env, "ES_CA_FILE").map(Path::of)));
        }
        return startOrAttach(embeddedSettings(env));
    }

    public static EmbeddedSettings embeddedSettings(Map<String, String> env) {
        Path home = home(env);
        Path distribution = Path.of(env.getOrDefault("IMR_ES_DISTRIBUTION", DEFAULT_DISTRIBUTION));
        Path plugin = Path.of(env.getOrDefault("IMR_ANALYSIS_PLUGIN", "analysis-plugin/target/imr-analysis-plugin.zip"));
        int port = parsePort(env.getOrDefault("IMR_ES_PORT", "0"));
        String heap = env.getOrDefault("IMR_ES_HEAP", "1g");
        if (!heap.matches("\\d+[mg]")) {
            throw new IllegalArgumentException("IMR_ES_HEAP must look like 512m or 2g, not '" + heap + "'");
        }
        return new EmbeddedSettings(home, distribution, plugin, port, heap);
    }

    /** The archive's home ({@code IMR_HOME}, default {@code ./.imr}): the embedded node, import reports, quarantine. */
    public static Path home(Map<String, String> env) {
        return Path.of(env.getOrDefault("IMR_HOME", ".imr")).toAbsolutePath().normalize();
    }

    /**
     * Attaches to the live node another imr process runs for this home, or starts our own, restarted
     * when its process dies ({@link SupervisedNode}).
     */
    public static ElasticsearchRuntime startOrAttach(EmbeddedSettings settings) {
        Optional<ElasticsearchRuntime> running = attach(settings.home().resolve("owner"));
        if (running.isPresent()) {
            return running.get();
        }
        SupervisedNode node = SupervisedNode.start(settings, RestartPolicy.defaults());
        try {
            Files.writeString(settings.home().resolve("owner"),
                    ProcessHandle.current().pid() + " " + node.address().nodes().get(0).getPort());
        } catch (IOException e) {
            node.close();
            throw new java.io.UncheckedIOException("cannot write " + settings.home().resolve("owner"), e);
        }
        return node;
    }

    private static Optional<ElasticsearchRuntime> attach(Path ownerFile) {
        try {
            if (!Files.exists(ownerFile)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(ownerFile).trim().split(" ");
            long ownerPid = Long.parseLong(parts[0]);
            int port = Integer.parseInt(parts[1]);
            boolean ownerAlive = ownerPid != ProcessHandle.current().pid()
                    && ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false);
            if (!ownerAlive || !answersHealth(port)) {
                return Optional.empty();
            }
            ClusterAddress address = ClusterAddress.local(port);
            return Optional.of(new AttachedNode(address, ownerPid));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean answersHealth(int port) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_cluster/health"))
                            .timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<String> optional(Map<String, String> env, String key) {
        return Optional.ofNullable(env.get(key)).filter(v -> !v.isBlank());
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("IMR_ES_PORT must be a port number (0 for any free port), not '" + value + "'");
        }
    }

    /** The embedded node of another live imr process: used, never stopped, by this one. */
    record AttachedNode(ClusterAddress address, long ownerPid) implements ElasticsearchRuntime {
        @Override
        public String describe() {
            return "embedded node at " + address.nodes().get(0) + " run by imr process " + ownerPid;
        }

        @Override
        public void close() {
            // its owner stops it
        }
    }
}
