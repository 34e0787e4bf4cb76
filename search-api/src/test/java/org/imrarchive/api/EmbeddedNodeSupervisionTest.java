package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.runtime.RestartPolicy;
import org.imrarchive.storage.runtime.SupervisedNode;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * Issue 14.6: when the embedded node's process dies the server used to answer 503 forever. Now the
 * node is started again (same port, same data) and the health endpoint says so meanwhile; restarts are
 * bounded, and when they are used up health says the node failed.
 */
class EmbeddedNodeSupervisionTest {

    @Test
    void aKilledNodeIsRestartedHealthSaysSoAndTheArchiveAnswersAgain() throws Exception {
        RestartPolicy policy = new RestartPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(1));
        SupervisedNode node = SupervisedNode.start(TestCluster.settings("supervised"), policy);
        List<ProcessHandle> firstTree = node.processTree();
        try (node;
             ArchiveGateway gateway = ArchiveGateway.connect(node.address(), "api-supervised");
             ApiServer server = ApiServer.start(ApiConfig.defaults().withPort(0), gateway, new RecordingImportJobs(),
                     List.of(), node::supervision)) {
            gateway.deleteAll();
            gateway.ensureSchema();
            TestCorpus.load(gateway);
            ApiClient api = new ApiClient(server.port());
            JsonNode healthy = api.get("/api/health").json();
            assertThat(healthy.path("status").asText()).isEqualTo("ok");
            assertThat(healthy.path("embeddedNode").path("state").asText()).isEqualTo("running");
            long decisions = healthy.path("archive").path("decisions").asLong();
            assertThat(decisions).isEqualTo(TestCorpus.documents().size());

            // SIGKILL the node's server JVM, as the OOM killer would (it runs as nobody when we are root)
            ProcessHandle serverProcess = serverProcess(firstTree);
            if ("root".equals(System.getProperty("user.name"))) {
                assertThat(serverProcess.info().user()).contains("nobody");
            }
            Instant killed = Instant.now();
            assertThat(serverProcess.destroyForcibly()).isTrue();

            JsonNode restarting = await(api, "health to report the restart",
                    h -> h.path("elasticsearch").path("status").asText().equals("restarting"));
            assertThat(restarting.path("status").asText()).isEqualTo("unavailable");
            assertThat(restarting.path("embeddedNode").path("state").asText()).isEqualTo("restarting");
            assertThat(restarting.path("embeddedNode").path("attempt").asInt()).isBetween(1, 2);
            assertThat(restarting.path("embeddedNode").path("maxAttempts").asInt()).isEqualTo(2);
            assertThat(restarting.path("elasticsearch").path("error").asText()).contains("being restarted (attempt");
            assertThat(api.get("/api/health").status()).isEqualTo(503);

            JsonNode back = await(api, "the archive to answer again", h -> h.path("status").asText().equals("ok"));
            System.out.printf("embedded node: killed, restarted and answering again after %.1f s%n",
                    Duration.between(killed, Instant.now()).toMillis() / 1000.0);
            assertThat(back.path("embeddedNode").path("restarts").asInt()).isEqualTo(1);
            // whichever noticed first: the launcher passes on the server's SIGKILL as 137
            assertThat(back.path("embeddedNode").path("lastExit").asText())
                    .containsPattern("launcher exited with code 137|server process \\(pid \\d+\\) ended");
            assertThat(back.path("archive").path("decisions").asLong()).isEqualTo(decisions);
            assertThat(api.get("/api/search?q=discogram").json().path("total").asLong()).isPositive();
            assertThat(firstTree).noneMatch(ProcessHandle::isAlive);

            // Killed again with its port taken, neither attempt can start it: health says it failed.
            List<ProcessHandle> secondTree = node.processTree();
            int port = node.address().nodes().get(0).getPort();
            serverProcess(secondTree).destroyForcibly();
            serverProcess(secondTree).onExit().get();
            Instant killedAgain = Instant.now();
            try (ServerSocket squatter = bindWhenFree(port)) {
                JsonNode failed = await(api, "health to report the failure",
                        h -> h.path("embeddedNode").path("state").asText().equals("failed"));
                assertThat(failed.path("status").asText()).isEqualTo("unavailable");
                assertThat(failed.path("elasticsearch").path("status").asText()).isEqualTo("failed");
                assertThat(failed.path("elasticsearch").path("error").asText()).contains("could not be restarted in 2 attempts");
                assertThat(failed.path("embeddedNode").path("lastExit").asText()).contains("restart attempt 2 failed");
                System.out.printf("embedded node: port taken, reported failed after %.1f s%n",
                        Duration.between(killedAgain, Instant.now()).toMillis() / 1000.0);
            }
            assertThat(secondTree).noneMatch(ProcessHandle::isAlive);
        }
    }

    /** The deepest process of the node's tree: the Elasticsearch server JVM under its launcher. */
    private static ProcessHandle serverProcess(List<ProcessHandle> tree) {
        assertThat(tree).hasSizeGreaterThan(1);
        return tree.get(tree.size() - 1);
    }

    private static ServerSocket bindWhenFree(int port) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                return new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
            } catch (java.io.IOException inUse) {
                if (Instant.now().isAfter(deadline)) {
                    throw inUse;
                }
                Thread.sleep(50);
            }
        }
    }

    private static JsonNode await(ApiClient api, String what, Predicate<JsonNode> condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(240);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = api.get("/api/health").json();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 240 s for " + what + "; health last said " + last);
    }
}
