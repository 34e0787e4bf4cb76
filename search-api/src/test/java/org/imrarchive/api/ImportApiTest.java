package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportApiTest {

    static final String KEY = "correct horse battery staple";
    static final String BOUNDARY = "imr-test-boundary";

    @TempDir
    static Path uploads;

    static ArchiveGateway gateway;
    static RecordingImportJobs jobs;
    static ApiServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        gateway = TestCluster.freshArchive("api-imports");
        jobs = new RecordingImportJobs();
        server = ApiServer.start(ApiConfig.defaults().withPort(0).withApiKey(KEY).withMaxUploadBytes(200_000)
                .withUploadDirectory(uploads), gateway, jobs);
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        gateway.close();
    }

    static byte[] multipart(Map<String, byte[]> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static ApiClient.Answer upload(Map<String, byte[]> files, Map<String, String> headers) {
        return api.post("/api/imports", "multipart/form-data; boundary=" + BOUNDARY, multipart(files), headers);
    }

    static Map<String, byte[]> twoLetters() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("letter-one.txt", "HOW THE IMR FINAL DETERMINATION WAS MADE\nLumbar discogram: Upheld".getBytes(StandardCharsets.UTF_8));
        files.put("letter-two.pdf", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        return files;
    }

    @Test
    void uploadingNeedsTheApiKey() {
        ApiClient.Answer none = upload(twoLetters(), Map.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("error").asText()).contains("API key");
        assertThat(none.header("WWW-Authenticate")).isEqualTo("ApiKey");

        assertThat(upload(twoLetters(), Map.of("X-API-Key", "wrong")).status()).isEqualTo(401);
        assertThat(upload(twoLetters(), Map.of("Authorization", "ApiKey " + KEY + "x")).status()).isEqualTo(401);
        assertThat(upload(twoLetters(), Map.of("Authorization", "Bearer " + KEY)).status()).isEqualTo(401);
        assertThat(jobs.jobs).allSatisfy((id, job) -> assertThat(job.contents()).isNotEmpty());
    }

    @Test
    void anUploadStartsAnImportAndItsProgressCanBeFollowed() throws Exception {
        ApiClient.Answer answer = upload(twoLetters(), Map.of("X-API-Key", KEY));
        assertThat(answer.status()).isEqualTo(202);
        JsonNode started = answer.json();
        String jobId = started.path("jobId").asText();
        assertThat(started.path("links").path("self").asText()).isEqualTo("/api/imports/" + jobId);
        assertThat(started.path("links").path("events").asText()).isEqualTo("/api/imports/" + jobId + "/events");
        assertThat(answer.header("Location")).isEqualTo("/api/imports/" + jobId);

        RecordingImportJobs.Job job = jobs.jobs.get(jobId);
        assertThat(job.contents()).containsOnlyKeys("letter-one.txt", "letter-two.pdf");
        assertThat(job.contents().get("letter-two.pdf")).isEqualTo(twoLetters().get("letter-two.pdf"));
        Path folder = job.inputs().get(0).getParent();
        assertThat(folder.getParent()).isEqualTo(uploads);

        assertThat(api.get("/api/imports/" + jobId).json().path("state").asText()).isEqualTo("RUNNING");

        // Follow the events, then finish the job: the stream ends with the FINISHED snapshot.
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Stream<String>>> events = http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/imports/" + jobId + "/events"))
                        .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> stream = events.get(10, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> stream.body().toList());
        Thread.sleep(300);
        jobs.finish(jobId, List.of("letter-two.pdf"));
        List<String> received = lines.get(10, TimeUnit.SECONDS);
        assertThat(received).contains("event: progress");
        List<String> data = received.stream().filter(l -> l.startsWith("data: ")).toList();
        assertThat(data.get(0)).contains("\"RUNNING\"");
        assertThat(data.get(data.size() - 1)).contains("\"FINISHED\"", "not an IMR letter");

        JsonNode finished = api.get("/api/imports/" + jobId).json();
        assertThat(finished.path("state").asText()).isEqualTo("FINISHED");
        assertThat(finished.path("indexed").asInt() + finished.path("rejected").asInt())
                .isEqualTo(finished.path("filesSeen").asInt());
        // The upload folder is gone once the job is done.
        assertThat(folder).doesNotExist();

        // Events of a finished job: its last snapshot, then the stream ends.
        String replay = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/imports/"
                + jobId + "/events")).header("Accept", "text/event-stream")).body();
        assertThat(replay).contains("event: progress", "FINISHED");

        ApiClient.Answer notAStream = api.get("/api/imports/" + jobId + "/events");
        assertThat(notAStream.status()).isEqualTo(406);
        assertThat(notAStream.json().path("error").asText()).contains("text/event-stream");
    }

    @Test
    void theKeyMayComeAsAnAuthorizationHeaderAndAZipAsTheBody() {
        ApiClient.Answer answer = api.post("/api/imports?name=letters", "application/zip",
                new byte[] {'P', 'K', 3, 4, 0, 0}, Map.of("Authorization", "ApiKey " + KEY));
        assertThat(answer.status()).isEqualTo(202);
        assertThat(jobs.jobs.get(answer.json().path("jobId").asText()).contents()).containsOnlyKeys("letters.zip");
    }

    @Test
    void uploadedNamesCannotEscapeTheUploadFolder() {
        ApiClient.Answer answer = upload(Map.of("../../etc/evil.txt", "x".getBytes(StandardCharsets.UTF_8),
                "..\\..\\win.txt", "y".getBytes(StandardCharsets.UTF_8)), Map.of("X-API-Key", KEY));
        assertThat(answer.status()).isEqualTo(202);
        RecordingImportJobs.Job job = jobs.jobs.get(answer.json().path("jobId").asText());
        assertThat(job.contents()).containsOnlyKeys("evil.txt", "win.txt");
        assertThat(job.inputs()).allSatisfy(p -> assertThat(p.getParent().getParent()).isEqualTo(uploads));
    }

    @Test
    void tooLargeEmptyOrWrongTypeUploadsAreRefused() throws Exception {
        ApiClient.Answer large = upload(Map.of("big.txt", new byte[300_000]), Map.of("X-API-Key", KEY));
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.json().path("error").asText()).contains("limit");

        ApiClient.Answer empty = upload(Map.of(), Map.of("X-API-Key", KEY));
        assertThat(empty.status()).isEqualTo(400);

        ApiClient.Answer text = api.post("/api/imports", "text/plain", "hello".getBytes(StandardCharsets.UTF_8),
                Map.of("X-API-Key", KEY));
        assertThat(text.status()).isEqualTo(415);

        // Nothing of the refused uploads is left behind.
        try (Stream<Path> left = Files.list(uploads)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("imr-upload-"))
                    .filter(p -> jobs.jobs.values().stream().noneMatch(j -> j.inputs().get(0).getParent().equals(p))))
                    .isEmpty();
        }
    }

    @Test
    void unknownJobsAre404() {
        ApiClient.Answer progress = api.get("/api/imports/no-such-job");
        assertThat(progress.status()).isEqualTo(404);
        assertThat(progress.json().path("error").asText()).contains("no-such-job");
        ApiClient.Answer events = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/imports/no-such-job/events")).header("Accept", "text/event-stream"));
        assertThat(events.status()).isEqualTo(404);
        assertThat(events.json().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void readEndpointsNeedNoKey() {
        assertThat(api.get("/api/search?q=anything").status()).isEqualTo(200);
        assertThat(api.postJson("/api/precedents", "{\"item\": \"Norco\"}").status()).isEqualTo(200);
    }
}
