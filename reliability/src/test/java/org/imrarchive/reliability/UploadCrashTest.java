package org.imrarchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.runtime.LocalCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.4: an accepted upload survives a crash. The server ({@link ServeMain}, a JVM of its own) and one
 * Elasticsearch node are killed with SIGKILL mid-import; after both restart, the job is visible under its id and
 * resumes to FINISHED with every letter once, its upload is deleted when it is done, and an orphaned upload folder
 * is deleted at the start. Before, the job was 404 after the restart, nothing resumed and the zip stayed in
 * {@code uploads/} for good.
 */
class UploadCrashTest {

    private static final int LETTERS = 400;
    private static final String PREFIX = "upload-crash";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalCluster cluster;
    private static ArchiveGateway gateway;

    @TempDir
    static Path work;

    @BeforeAll
    static void freshArchive() {
        cluster = SharedCluster.get();
        gateway = ArchiveGateway.connect(cluster.address(), PREFIX, 1);
        gateway.deleteAll();
        gateway.ensureSchema();
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    @Test
    void anUploadAcceptedBeforeACrashResumesAfterTheRestart() throws Exception {
        LetterSet set = LetterSet.write(work.resolve("letters"), LETTERS);
        byte[] zip = zipOf(set.folder());
        Path home = work.resolve("home");
        Path uploads = home.resolve("uploads");

        Process first = startServer(home, work.resolve("port-1"), work.resolve("server-1.log"));
        String jobId;
        JsonNode atKill;
        int victim = (cluster.masterNode() + 1) % cluster.size();
        try {
            int port = awaitPort(work.resolve("port-1"), first);
            HttpResponse<String> accepted = Http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/imports?name=letters.zip")).header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            jobId = JSON.readTree(accepted.body()).path("jobId").asText();
            atKill = awaitUnderway(port, jobId);
            cluster.crashNode(victim);
        } finally {
            first.destroyForcibly().waitFor();
        }
        assertThat(atKill.path("state").asText()).as("the server died mid-import").isEqualTo("RUNNING");
        Path orphan = Files.createDirectories(uploads.resolve("imr-upload-orphan"));
        Files.write(orphan.resolve("letters.zip"), zip);
        cluster.startNode(victim);

        Process second = startServer(home, work.resolve("port-2"), work.resolve("server-2.log"));
        try {
            int port = awaitPort(work.resolve("port-2"), second);
            HttpResponse<String> visible = Http.get(URI.create("http://127.0.0.1:" + port + "/api/imports/" + jobId));
            assertThat(visible.statusCode()).as("the job after the restart: " + visible.body()).isEqualTo(200);
            assertThat(orphan).as("an upload no job owns").doesNotExist();

            JsonNode done = awaitEnd(port, jobId);
            System.out.printf("upload crash: server and node %d killed after %d of %d files seen, %d indexed; after the "
                            + "restart the job ended %s with %d resumed from the ledger%n", victim, atKill.path("filesSeen").asLong(),
                    set.files(), atKill.path("indexed").asLong(), done.path("state").asText(), done.path("resumed").asLong());
            assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("FINISHED");
            assertThat(done.path("filesSeen").asLong()).isEqualTo(set.files());
            assertThat(done.path("indexed").asLong()).isEqualTo(LETTERS);
            assertThat(done.path("rejected").asLong()).isEqualTo(set.rejects().size());
            gateway.refresh();
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(LETTERS);
            try (Stream<Path> left = Files.list(uploads)) {
                assertThat(left.toList()).as("uploads once the job is done").isEmpty();
            }
            HttpResponse<String> report = Http.get(URI.create("http://127.0.0.1:" + port + "/api/imports/" + jobId + "/report"));
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(report.body()).path("indexed").asLong()).isEqualTo(LETTERS);
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    /**
     * Polls the job until it has stored some letters but not all (the moment to kill): their ledger lines follow them
     * within a bulk flush, so the next run usually resumes some from the ledger and imports the rest.
     */
    private static JsonNode awaitUnderway(int port, String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode p = null;
        while (System.nanoTime() < deadline) {
            p = JSON.readTree(Http.get(URI.create("http://127.0.0.1:" + port + "/api/imports/" + jobId)).body());
            if (p.path("indexed").asLong() >= 40 || !p.path("state").asText().equals("RUNNING")) {
                return p;
            }
            Thread.sleep(50);
        }
        return p;
    }

    private static JsonNode awaitEnd(int port, String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode p = null;
        while (System.nanoTime() < deadline) {
            p = JSON.readTree(Http.get(URI.create("http://127.0.0.1:" + port + "/api/imports/" + jobId)).body());
            if (!p.path("state").asText().equals("RUNNING")) {
                return p;
            }
            Thread.sleep(250);
        }
        return p;
    }

    private static int awaitPort(Path portFile, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile)) {
                return Integer.parseInt(Files.readString(portFile).trim());
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not start within 2 minutes");
    }

    private static Process startServer(Path home, Path portFile, Path log) throws IOException {
        String urls = cluster.address().nodes().stream().map(URI::toString).collect(Collectors.joining(","));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                ServeMain.class.getName(), urls, PREFIX, home.toString(), portFile.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static byte[] zipOf(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
