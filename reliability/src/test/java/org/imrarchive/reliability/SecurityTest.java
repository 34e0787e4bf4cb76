package org.imrarchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.imrarchive.api.ApiConfig;
import org.imrarchive.api.ApiServer;
import org.imrarchive.importer.BackgroundImportJobs;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.Importer;
import org.imrarchive.letter.Decision;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;
import org.imrarchive.storage.ArchiveGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security promises of the archive, each checked the way an attacker or an auditor would: over
 * HTTP against a running server, or by reading what the code and the logs really contain.
 * Zip entries that climb out of their folder are covered by the importer's own test
 * ({@code ImporterTest#everyFileEndsIndexedDuplicateOrRejectedWithItsReason}) and upload names by
 * {@code ImportApiTest#uploadedNamesCannotEscapeTheUploadFolder}; here they are tried once more end to end.
 */
class SecurityTest {

    private static final String KEY = "security-test-key-5f2a9c";
    private static final long MAX_UPLOAD = 256 * 1024;
    private static ArchiveGateway gateway;
    private static BackgroundImportJobs jobs;
    private static ApiServer server;
    private static URI base;

    @TempDir
    static Path work;

    @BeforeAll
    static void start() throws IOException {
        gateway = ArchiveGateway.connect(SharedCluster.get().address(), "security", 1);
        gateway.deleteAll();
        gateway.ensureSchema();
        Files.createDirectories(work.resolve("uploads"));
        jobs = new BackgroundImportJobs(new Importer(gateway),
                id -> ImportOptions.defaults().withJobId(id).withQuarantineDir(work.resolve("quarantine").resolve(id)));
        server = ApiServer.start(ApiConfig.defaults().withPort(0).withApiKey(KEY).withMaxUploadBytes(MAX_UPLOAD)
                .withUploadDirectory(work.resolve("uploads")), gateway, jobs);
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        jobs.close();
        gateway.close();
    }

    @Test
    void writeEndpointsRefuseMissingOrWrongKeysAndAcceptTheConfiguredOne() throws Exception {
        byte[] zip = zip(List.of(new ZipEntry("letter.txt")), "not a letter");
        for (Optional<String> key : List.of(Optional.<String>empty(), Optional.of(""), Optional.of("wrong"),
                Optional.of(KEY.substring(0, KEY.length() - 1)), Optional.of(KEY + "x"), Optional.of(KEY.toUpperCase()),
                Optional.of("x".repeat(10_000)))) {
            HttpRequest.Builder request = upload(zip);
            key.ifPresent(k -> request.header("X-API-Key", k));
            HttpResponse<String> r = Http.send(request);
            if (key.isPresent() && key.get().length() > 8192) {
                // refused by Jetty before the key is looked at: headers over 8 KB (its JSON body: ApiFuzzTest)
                assertThat(r.statusCode()).isEqualTo(431);
                continue;
            }
            assertThat(r.statusCode()).as("key %s", key.map(ApiFuzzTest::shorten)).isEqualTo(401);
            assertThat(ApiFuzzTest.hasJsonMessage(r)).isTrue();
        }
        assertThat(Http.send(upload(zip).header("X-API-Key", KEY)).statusCode()).isEqualTo(202);
        assertThat(Http.send(upload(zip).header("Authorization", "ApiKey " + KEY)).statusCode()).isEqualTo(202);
    }

    @Test
    void theKeyIsComparedInConstantTime() throws IOException {
        String guard = Files.readString(sourceRoot().resolve("search-api/src/main/java/org/imrarchive/api/ApiKeyGuard.java"));
        assertThat(guard).contains("MessageDigest.isEqual(");
        // both sides hashed first: not even the key's length leaks through timing
        assertThat(guard).contains("sha256(given.get())");
        try (Stream<Path> sources = Files.walk(sourceRoot().resolve("search-api/src/main/java"))) {
            List<String> plainComparisons = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).matches("(?s).*(apiKey|expected|key)\\(?\\)?\\.(equals|contentEquals)\\(.*"))
                    .map(Path::toString).toList();
            assertThat(plainComparisons).as("keys compared with equals()").isEmpty();
        }
    }

    @Test
    void uploadsOverTheLimitAre413() throws Exception {
        byte[] big = new byte[(int) MAX_UPLOAD * 2];
        new java.util.Random(1).nextBytes(big);
        HttpResponse<String> asZip = Http.send(upload(big).header("X-API-Key", KEY));
        assertThat(asZip.statusCode()).isEqualTo(413);
        assertThat(ApiFuzzTest.hasJsonMessage(asZip)).isTrue();

        String boundary = "b0undary";
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        multipart.write(big);
        multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> asForm = Http.send(HttpRequest.newBuilder(base.resolve("/api/imports"))
                .header("X-API-Key", KEY).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())));
        assertThat(asForm.statusCode()).isEqualTo(413);
        assertThat(ApiFuzzTest.hasJsonMessage(asForm)).isTrue();
    }

    @Test
    void zipEntriesAndUploadNamesCannotEscapeTheirFolders() throws Exception {
        Path outside = work.resolve("escaped.txt");
        byte[] zip = zip(List.of(new ZipEntry("../escaped.txt"), new ZipEntry("../../escaped.txt"),
                new ZipEntry("/tmp/escaped-" + System.nanoTime() + ".txt"), new ZipEntry("a/../../escaped.txt")), "junk");
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(base.resolve("/api/imports?name="
                        + URLEncoder.encode("../../escaped.zip", StandardCharsets.UTF_8)))
                .header("X-API-Key", KEY).header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
        assertThat(r.statusCode()).isEqualTo(202);
        String jobId = r.body().replaceAll("(?s).*\"jobId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        for (int i = 0; i < 120 && !Http.get(base.resolve("/api/imports/" + jobId)).body().matches("(?s).*\"state\"\\s*:\\s*\"(FINISHED|FAILED)\".*"); i++) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        String progress = Http.get(base.resolve("/api/imports/" + jobId)).body();
        assertThat(progress).contains("FINISHED").contains("escapes its folder");
        try (Stream<Path> all = Files.walk(work)) {
            List<Path> escaped = all.filter(p -> p.getFileName().toString().startsWith("escaped")).toList();
            assertThat(escaped).allMatch(p -> p.startsWith(work.resolve("uploads")) || p.startsWith(work.resolve("quarantine")));
        }
        assertThat(outside).doesNotExist();
        assertThat(work.getParent().resolve("escaped.txt")).doesNotExist();
        assertThat(work.getParent().resolve("escaped.zip")).doesNotExist();
    }

    @Test
    void requestBodiesAndQueriesAreBounded() throws Exception {
        HttpResponse<String> body = Http.send(HttpRequest.newBuilder(base.resolve("/api/precedents"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"item\":\"" + "x".repeat(1024 * 1024) + "\"}")));
        assertThat(body.statusCode()).isEqualTo(413);
        assertThat(ApiFuzzTest.hasJsonMessage(body)).isTrue();

        // a page is at most 100 hits: any larger size is capped (by design, as documented), however large
        for (String size : new String[] {"100000", "2147483648", "99999999999999999999"}) {
            HttpResponse<String> capped = Http.get(base.resolve("/api/search?size=" + size));
            assertThat(capped.statusCode()).as(size).isEqualTo(200);
            assertThat(capped.body()).as(size).contains("\"size\":100");
        }
        HttpResponse<String> negative = Http.get(base.resolve("/api/search?size=-1"));
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(ApiFuzzTest.hasJsonMessage(negative)).isTrue();

        // The longest query a URL can carry: refused or answered, never a 5xx.
        HttpResponse<String> longQuery = Http.get(base.resolve("/api/search?q=" + "knee%20".repeat(1_200)));
        assertThat(longQuery.statusCode()).isLessThan(500);
    }

    @Test
    void everyUiAndApiResponseCarriesAContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/index.html", "/api/search", "/api/health", "/api/docs", "/no-such-page")) {
            HttpResponse<String> r = Http.get(base.resolve(path));
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).isPresent()
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'")
                            .doesNotContain("script-src 'unsafe-inline'").doesNotContain("*"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void theServerListensOnLoopbackUnlessToldOtherwise() throws Exception {
        assertThat(ApiConfig.defaults().host()).isEqualTo("127.0.0.1");
        Optional<InetAddress> lan = nonLoopbackAddress();
        assumeThat(lan).as("a non-loopback address on this machine").isPresent();
        assertThat(connects(InetAddress.getLoopbackAddress(), server.port())).isTrue();
        assertThat(connects(lan.get(), server.port())).as("reachable from %s", lan.get()).isFalse();

        try (ApiServer open = ApiServer.start(ApiConfig.defaults().withPort(0).withHost("0.0.0.0")
                .withUploadDirectory(work.resolve("uploads")), gateway, jobs)) {
            assertThat(connects(lan.get(), open.port())).as("told to listen on every interface").isTrue();
        }
    }

    @Test
    void anImportLogsNoLetterTextAtInfo() throws Exception {
        LetterSet set = LetterSet.write(work.resolve("log-letters"), 12);
        List<String> secrets = letterText(set);
        assertThat(secrets).isNotEmpty();
        Path log = work.resolve("import.log");
        String urls = SharedCluster.get().address().nodes().stream().map(URI::toString).collect(Collectors.joining(","));
        Process importer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", System.getProperty("java.class.path"),
                ImportMain.class.getName(), urls, "security-log", "log-job", work.resolve("log-report.json").toString(),
                set.folder().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(importer.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log);
        assertThat(importer.exitValue()).as(output).isZero();
        assertThat(output).contains("import FINISHED");
        for (String secret : secrets) {
            assertThat(output).as("log output").doesNotContain(secret);
        }
    }

    /** Distinctive pieces of what the letters say: rationale, clinical summary, diagnoses, and a rejected file's text. */
    private static List<String> letterText(LetterSet set) throws IOException {
        LetterParser parser = new LetterParser();
        List<String> pieces = new ArrayList<>();
        try (Stream<Path> files = Files.list(set.folder())) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                if (parser.parse(text, new SourceInfo(file.toString(), null, null)) instanceof ParseResult.Parsed p) {
                    Letter letter = p.letter();
                    for (Decision d : letter.decisions()) {
                        addPiece(pieces, d.rationale());
                    }
                    addPiece(pieces, letter.clinicalSummary());
                    letter.diagnoses().forEach(diagnosis -> addPiece(pieces, diagnosis));
                } else {
                    text.lines().filter(l -> l.strip().length() > 40).limit(3).forEach(l -> addPiece(pieces, l));
                }
            }
        }
        return pieces;
    }

    private static void addPiece(List<String> pieces, String text) {
        if (text != null && text.strip().length() >= 30) {
            String flat = text.strip();
            pieces.add(flat.substring(0, Math.min(40, flat.length())));
        }
    }

    private HttpRequest.Builder upload(byte[] zip) {
        return HttpRequest.newBuilder(base.resolve("/api/imports")).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip));
    }

    private static byte[] zip(List<ZipEntry> entries, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : entries) {
                out.putNextEntry(entry);
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path sourceRoot() {
        return Path.of(System.getProperty("imr.source.root"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
