package org.imrarchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrarchive.api.ApiConfig;
import org.imrarchive.api.ApiServer;
import org.imrarchive.importer.BackgroundImportJobs;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.ImportProgress;
import org.imrarchive.importer.ImportReport;
import org.imrarchive.importer.Importer;
import org.imrarchive.storage.ArchiveGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile values in every parameter of every endpoint the API describes in its OpenAPI document, and
 * hostile bodies for the endpoints that take one, against a real archive: the answer is never a 5xx,
 * and every 4xx is JSON with a message.
 */
class ApiFuzzTest {

    static final String API_KEY = "fuzz-test-key-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values no parameter should turn into a 500. */
    static final List<String> HOSTILE = List.of(
            "", " ", "-1", "0", "-2147483649", "2147483648", "99999999999999999999", "1e308", "NaN", "1.5", "0x10",
            "abc", "null", "true", "[]", "{}", "\"", "\\", "{", "}", "*", "?", "((", "))", "[", "~", "^", ":", "/",
            "a:b", "item:(", "\"unterminated", "AND", "OR NOT", "a OR", "-", "+", "!", "&&", "||", "/.*/", "/[/",
            "*:*", "_id:1", "field:value~99", "{\"query\":{\"match_all\":{}}}", "<script>alert(1)</script>",
            "' OR '1'='1", "${jndi:ldap://x/a}", "%00", "\u0000", "\uFFFF", "\uD83D\uDE00", "\u202E", "é", "日本語",
            "x".repeat(10_000), "a ".repeat(5_000), "(".repeat(2_000), "*".repeat(1_000), "a*".repeat(2_000),
            "2013-02-30", "2013-13-01", "0000-00-00", "9999-12-31", "-999999999-01-01", "+1000000000-01-01",
            "2013/01/01", "01/02/2013", "yesterday",
            "UPHELD", "upheld", "OVERTURNED", "relevance", "newest", "oldest", "decisionDate", "-decisionDate",
            "eyJ4IjoxfQ", "not-base64!!", "AAAA", "eyJ" + "A".repeat(5_000), "W10=", "WyJhIiwxXQ==",
            "../../etc/passwd", "..", ".", "%2e%2e%2f", "a/b", "a.b", "CM13-0000001/../x", "CM13-0000001.json");

    /** Tried on every parameter; the rest of {@link #HOSTILE} on a seeded sample, to keep the run short. */
    static final List<String> CORE = List.of("", "-1", "99999999999999999999", "NaN", "abc", "\"", "\\", "{", "*",
            "((", "/[/", "item:(", "\u0000", "\uD83D\uDE00", "x".repeat(10_000), "(".repeat(2_000), "2013-02-30",
            "-999999999-01-01", "not-base64!!", "eyJ" + "A".repeat(5_000), "../../etc/passwd", "a/b", "a.b");

    private static ArchiveGateway gateway;
    private static String knownLetter;
    private static BackgroundImportJobs jobs;
    private static ApiServer server;
    private static URI base;

    @TempDir
    static Path uploads;

    @BeforeAll
    static void serverOverAFewLetters() throws Exception {
        gateway = ArchiveGateway.connect(SharedCluster.get().address(), "apifuzz", 1);
        gateway.deleteAll();
        gateway.ensureSchema();
        LetterSet set = LetterSet.write(uploads.resolve("seed-letters"), 8);
        ImportReport seeded = new Importer(gateway).run(List.of(set.folder()), ImportOptions.defaults(), null);
        assertThat(seeded.state()).isEqualTo(ImportProgress.State.FINISHED);
        knownLetter = set.letters().keySet().iterator().next();
        jobs = new BackgroundImportJobs(new Importer(gateway), id -> ImportOptions.defaults().withJobId(id));
        server = ApiServer.start(ApiConfig.defaults().withPort(0).withApiKey(API_KEY).withMaxUploadBytes(1024 * 1024)
                .withUploadDirectory(uploads), gateway, jobs);
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (jobs != null) {
            jobs.close();
        }
        gateway.close();
    }

    static URI base() {
        return base;
    }

    @Test
    void everyParameterOfEveryDescribedEndpointAnswersHostileValuesWithoutA5xx() throws Exception {
        Findings found = parameterFuzz();
        assertThat(found.requests()).isGreaterThan(1000);
        assertThat(found.serverErrors()).isEmpty();
    }

    /**
     * Requests Jetty refuses before the API sees them (a URI over 8 KB: 414, headers over 8 KB: 431, a NUL
     * in the path: 400) get Jetty's HTML page unless the server installs a JSON error handler.
     */
    @Test
    void everyRefusedParameterGetsAJsonMessage() throws Exception {
        assertThat(parameterFuzz().refusalsWithoutJson()).isEmpty();
    }

    record Findings(int requests, List<String> serverErrors, List<String> refusalsWithoutJson) {
    }

    private static Findings parameterFuzz;

    /** Runs once for both tests above: every described GET endpoint, every parameter, every hostile value. */
    private static synchronized Findings parameterFuzz() throws Exception {
        if (parameterFuzz != null) {
            return parameterFuzz;
        }
        JsonNode api = JSON.readTree(Http.get(base.resolve("/openapi.json")).body());
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.Random sample = new java.util.Random(Long.getLong("imr.fuzz.seed", System.nanoTime()));
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue; // POST bodies are fuzzed below
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (JsonNode p : get.path("parameters")) {
                JsonNode param = p.has("$ref") ? api.at(p.get("$ref").asText().substring(1)) : p;
                parameters.put(param.path("name").asText(), param.path("in").asText());
            }
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                for (String value : HOSTILE) {
                    if (!CORE.contains(value) && sample.nextInt(8) != 0) {
                        continue;
                    }
                    String target = "path".equals(parameter.getValue())
                            ? path.getKey().replace("{" + parameter.getKey() + "}", encodePath(value))
                            : withKnownId(path.getKey()) + "?" + parameter.getKey() + "=" + encode(value);
                    sent.add(clients.submit(() -> {
                        check(problems, "GET " + target, HttpRequest.newBuilder(base.resolve(target)).GET());
                        return null;
                    }));
                    requests++;
                }
            }
        }
        // repeated and combined parameters
        for (String value : List.of("", "x".repeat(10_000), "((", "\\")) {
            String many = ("outcome=" + encode(value) + "&").repeat(200) + "q=" + encode(value) + "&from=" + encode(value);
            check(problems, "GET /api/search?outcome=…x200", HttpRequest.newBuilder(base.resolve("/api/search?" + many)).GET());
            requests++;
        }
        for (java.util.concurrent.Future<?> f : sent) {
            f.get();
        }
        clients.shutdown();
        System.out.println("API fuzz: " + requests + " requests");
        parameterFuzz = new Findings(requests,
                problems.stream().filter(p -> !p.contains("without a JSON message")).toList(),
                problems.stream().filter(p -> p.contains("without a JSON message")).toList());
        return parameterFuzz;
    }

    @Test
    void hostilePrecedentBodiesAreRefusedWithAMessage() throws Exception {
        List<String> bodies = new ArrayList<>(List.of("", "{", "null", "[]", "\"text\"", "42", "{}", "{\"item\":null}",
                "{\"item\":42}", "{\"item\":[\"a\"]}", "{\"item\":{\"$gt\":1}}", "{\"item\":\"knee\",\"size\":-1}",
                "{\"item\":\"knee\",\"size\":\"many\"}", "{\"item\":\"knee\",\"size\":99999999999}",
                "{\"item\":\"" + "x".repeat(30_000) + "\"}", "{\"clinicalSummary\":\"" + "((".repeat(5_000) + "\"}",
                "{\"item\":\"knee\",\"unknown\":true}", "{\"item\":\"\\u0000\"}", "{\"item\":\"knee\"}{\"item\":\"x\"}",
                "[".repeat(10_000) + "]".repeat(10_000), "{\"item\":\"" + "\\\\".repeat(3_000) + "\"}"));
        for (String value : HOSTILE) {
            bodies.add(JSON.writeValueAsString(Map.of("item", value, "guideline", value)));
        }
        List<String> problems = new ArrayList<>();
        for (String body : bodies) {
            for (String type : List.of("application/json", "text/plain")) {
                check(problems, "POST /api/precedents " + shorten(body) + " as " + type,
                        HttpRequest.newBuilder(base.resolve("/api/precedents")).header("Content-Type", type)
                                .POST(HttpRequest.BodyPublishers.ofString(body)));
            }
        }
        String tooLarge = "{\"item\":\"" + "x".repeat(ApiConfig.DEFAULT_MAX_JSON_BYTES + 10) + "\"}";
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(base.resolve("/api/precedents"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(tooLarge)));
        assertThat(r.statusCode()).as("a body over the limit").isEqualTo(413);
        assertThat(problems).isEmpty();
    }

    @Test
    void hostileImportRequestsAreRefusedWithAMessage() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String type : List.of("application/zip", "multipart/form-data; boundary=x", "multipart/form-data",
                "text/plain", "application/json", "")) {
            for (String body : List.of("", "not a zip", "PK\u0003\u0004garbage", "--x\r\nContent-Disposition: form-data\r\n\r\nx\r\n--x--")) {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/imports?name=" + encode("../../evil")))
                        .header("X-API-Key", API_KEY).POST(HttpRequest.BodyPublishers.ofString(body));
                if (!type.isEmpty()) {
                    request.header("Content-Type", type);
                }
                check(problems, "POST /api/imports as " + type + ": " + shorten(body), request);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A 5xx, or a 4xx that is not JSON with a message, is a problem. */
    private static void check(List<String> problems, String what, HttpRequest.Builder request) throws InterruptedException {
        HttpResponse<String> response;
        try {
            response = Http.send(request);
        } catch (IOException e) {
            problems.add(shorten(what) + ": connection failed: " + e);
            return;
        }
        int status = response.statusCode();
        if (status >= 500) {
            problems.add(shorten(what) + ": " + status + " " + shorten(response.body()));
        } else if (status >= 400 && !hasJsonMessage(response)) {
            problems.add(shorten(what) + ": " + status + " without a JSON message: " + shorten(response.body()));
        }
    }

    static boolean hasJsonMessage(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return body != null && body.path("error").isTextual() && !body.path("error").asText().isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + " chars)" : s;
    }

    /** The path with an id that exists, so the parameters are read and not cut short by a 404. */
    private static String withKnownId(String path) {
        return path.replace("{id}", path.startsWith("/api/decisions") ? knownLetter + "-1" : knownLetter);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encodePath(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }
}
