package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the API that issue 14 (items 2 and 6) found wanting: CSV cells a spreadsheet would run,
 * malformed percent-encoding, repeated parameters, limits that disagreed, lax precedent bodies, and
 * Jetty's own refusals. Against a real Elasticsearch and a real import.
 */
class ApiEdgesTest {

    static final String FORMULA = "=HYPERLINK(\"http://x\")";

    @TempDir
    static Path folder;

    static ArchiveGateway gateway;
    static ApiServer server;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestCluster.freshArchive("api-edges");
        TestCorpus.load(gateway);
        // A DMHC export whose treatments a spreadsheet would read as formulas, imported for real.
        StringBuilder rows = new StringBuilder();
        String[] treatments = {FORMULA.replace("\"", "\"\""), "+SUM(1;2)", "-2+3", "@SUM(A1)"};
        for (int i = 0; i < treatments.length; i++) {
            rows.append("MN16-8000").append(i).append(",2016,Musculoskeletal,Back,Other,\"").append(treatments[i])
                    .append("\",Upheld Decision of Health Plan,Medical Necessity,21 to 30,Female,Standard,1,1,Denied.\n");
        }
        DmhcCsv.importRows(gateway, folder, "dmhc-formulas.csv", rows);
        server = ApiServer.start(ApiConfig.defaults().withPort(0), gateway, new RecordingImportJobs());
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        gateway.close();
    }

    // ---- 14.2 CSV formula injection

    @Test
    void formulaLikeProceduresComeOutOfTheCsvDownloadAsText() {
        ApiClient.Answer csv = api.get("/api/stats/uphold-rates?by=procedure&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",1,1,0,0,",
                "\r\n\"'+SUM(1;2)\",1,", "\r\n\"'-2+3\",1,", "\r\n\"'@SUM(A1)\",1,");
        assertThat(csv.body().substring(1).split("\r\n")).noneMatch(ApiEdgesTest::startsLikeAFormula);

        // the same for the two-way table, with the procedures as rows or as columns
        for (String path : List.of("/api/stats/cross?rows=procedure&cols=source&format=csv",
                "/api/stats/cross?rows=source&cols=procedure&format=csv")) {
            String body = api.get(path).body();
            assertThat(body).as(path).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
            for (String line : body.substring(1).split("\r\n")) {
                assertThat(line.split(",")).as(path).noneMatch(ApiEdgesTest::startsLikeAFormula);
            }
        }
        // JSON is data, not a spreadsheet: the name is unchanged there
        assertThat(api.get("/api/stats/uphold-rates?by=procedure").body()).contains("\"=HYPERLINK(\\\"http://x\\\")\"");
    }

    private static boolean startsLikeAFormula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    // ---- 14.6 malformed percent-encoding

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/api/search?q=knee%zz|q", "/api/search?procedure=Discography%zz|procedure",
            "/api/search?q=knee%2|q", "/api/search?q=knee%|q", "/api/search?q=%FF%FE|q", "/api/search?size=5&q=%C3%28|q",
            "/api/stats/uphold-rates?procedure=Discography%zz|procedure", "/api/stats/cross?format=csv&q=knee%zz|q"})
    void aMalformedPercentEncodingIsA400NamingTheParameter(String path, String name) {
        ApiClient.Answer answer = raw(path);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).startsWith(name + " is not valid percent-encoded UTF-8");
    }

    @Test
    void aMalformedParameterNameIsA400TooAndGoodEncodingStillWorks() {
        ApiClient.Answer name = raw("/api/search?q%zz=knee");
        assertThat(name.status()).isEqualTo(400);
        assertThat(name.json().path("error").asText()).contains("parameter name 'q%zz'");

        ApiClient.Answer good = api.get("/api/search?q=" + ApiClient.enc("lumbar discogram") + "&procedure=Discography");
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().path("total").asLong()).isPositive();
        assertThat(api.get("/api/search?q=cr%C3%A8me+%22x%22").status()).isEqualTo(200);
    }

    /**
     * A GET sent over a plain socket, as curl or a browser's address bar would send a malformed URL
     * (java.net.URI refuses to build one). HTTP/1.0, so the answer is not chunked and ends with the connection.
     */
    private static ApiClient.Answer raw(String target) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            return new ApiClient.Answer(status, response.substring(response.indexOf("\r\n\r\n") + 4), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- 14.6 repeated single-valued parameters

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?size=5&size=6", "/api/search?sort=date&sort=relevance",
            "/api/stats/uphold-rates?by=procedure&by=year", "/api/stats/uphold-rates?minCount=1&minCount=2",
            "/api/stats/uphold-rates?format=json&format=csv", "/api/stats/cross?rows=procedure&rows=year",
            "/api/decisions/disco-1-1/similar?size=3&size=4", "/api/search?q=knee&q=discogram"})
    void aSingleValuedParameterGivenTwoValuesIsA400NamingIt(String path) {
        String name = path.replaceAll(".*&([A-Za-z]+)=[^&]*$", "$1");
        ApiClient.Answer answer = api.get(path);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).startsWith(name + " was given 2 different values");
    }

    @Test
    void theSameValueRepeatedIsFine() {
        assertThat(api.get("/api/search?size=5&size=5").json().path("size").asInt()).isEqualTo(5);
        assertThat(api.get("/api/stats/uphold-rates?by=year&by=year").json().path("by").asText()).isEqualTo("year");
    }

    // ---- 14.6 limits that agree

    @Test
    void aSearchSizeOverOneHundredIsCappedHoweverLarge() {
        for (String size : List.of("101", "2147483647", "2147483648", "99999999999999999999", "000000000000005")) {
            ApiClient.Answer answer = api.get("/api/search?size=" + size);
            assertThat(answer.status()).as(size).isEqualTo(200);
            assertThat(answer.json().path("size").asInt()).as(size).isEqualTo(size.endsWith("5") ? 5 : 100);
        }
        for (String size : List.of("-1", "1.5", "abc", "+5")) {
            ApiClient.Answer answer = api.get("/api/search?size=" + ApiClient.enc(size));
            assertThat(answer.status()).as(size).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).as(size).startsWith("size must be a whole number");
        }
    }

    @Test
    void minCountHasOneRuleOnEveryEndpointThatCountsGroups() {
        for (String path : List.of("/api/stats/uphold-rates?minCount=-1", "/api/stats/cross?minCount=-5",
                "/api/stats/cross?minCount=abc", "/api/stats/uphold-rates?minCount=1000001")) {
            ApiClient.Answer answer = api.get(path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).as(path).startsWith("minCount must be");
        }
        JsonNode all = api.get("/api/stats/cross?rows=procedure&cols=source").json();
        JsonNode big = api.get("/api/stats/cross?rows=procedure&cols=source&minCount=4").json();
        assertThat(all.path("rowKeys").toString()).contains("Discography", "MRI");
        // Discography has 4 decisions, Epidural steroid injection 5; the MRI only 1
        assertThat(big.path("rowKeys").toString()).contains("Discography").doesNotContain("\"MRI\"");
        big.path("cells").forEach(cell -> assertThat(big.path("rowKeys").toString()).contains(cell.path("row").asText()));
        big.path("rowTotals").forEach(row -> assertThat(row.path("decisions").asLong()).isGreaterThanOrEqualTo(4));
        big.path("colTotals").forEach(col -> assertThat(col.path("decisions").asLong()).isGreaterThanOrEqualTo(4));
    }

    // ---- 14.6 precedent bodies read strictly, messages in the request's words

    @Test
    void aPrecedentBodyWithAnythingAfterTheObjectIsRefused() {
        for (String body : List.of("{\"item\":\"knee\"}{\"item\":\"x\"}", "{\"item\":\"knee\"} 42",
                "{\"item\":\"knee\"} \"x\"", "{\"item\":\"knee\"} []")) {
            ApiClient.Answer answer = api.postJson("/api/precedents", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).as(body).contains("one JSON object and nothing after it");
        }
        for (String body : List.of("{\"item\":\"knee\"} garbage", "{\"item\":\"knee\"},")) {
            ApiClient.Answer answer = api.postJson("/api/precedents", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).as(body).startsWith("the body is not valid JSON");
        }
        assertThat(api.postJson("/api/precedents", "{\"item\":\"knee\"}  \n").status()).isEqualTo(200);
    }

    @Test
    void aScalarOfTheWrongKindIsRefusedNamingTheField() {
        Map<String, String> refused = Map.of(
                "{\"item\":true}", "item must be text",
                "{\"item\":42}", "item must be text",
                "{\"item\":\"knee\",\"guideline\":false}", "guideline must be text",
                "{\"item\":\"knee\",\"size\":\"10\"}", "size must be a whole number",
                "{\"item\":\"knee\",\"size\":2.5}", "size must be a whole number",
                "{\"item\":\"knee\",\"size\":true}", "size must be a whole number",
                "{\"item\":[\"a\"]}", "item must be text");
        refused.forEach((body, message) -> {
            ApiClient.Answer answer = api.postJson("/api/precedents", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).as(body).startsWith(message);
        });
    }

    @Test
    void refusalsNameNoJavaClassOrParserLimit() {
        for (String body : List.of("[]", "42", "\"text\"", "[".repeat(10_000) + "]".repeat(10_000),
                "{\"item\":\"knee\",\"size\":99999999999}", "{\"item\":{\"$gt\":1}}", "{\"item\":\"knee\"} x",
                // past Jackson's StreamReadConstraints: nesting inside an ignored field, a 1,001-digit number
                "{\"item\":\"knee\",\"extra\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}",
                "{\"item\":\"knee\",\"size\":" + "9".repeat(1_001) + "}")) {
            ApiClient.Answer answer = api.postJson("/api/precedents", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).as(body)
                    .doesNotContain("PrecedentRequest", "StreamReadConstraints", "org.", "java.", "`", "Cannot deserialize");
        }
    }

    // ---- 14.6 Jetty's own refusals

    @Test
    void refusalsMadeByJettyCarryTheSecurityHeadersAndJson() {
        String base = "http://127.0.0.1:" + server.port();
        List<ApiClient.Answer> refusals = List.of(
                api.get("/api/search?q=" + "x".repeat(9_000)),
                api.send(HttpRequest.newBuilder(URI.create(base + "/api/search")).header("X-Long", "y".repeat(9_000)).GET()),
                api.get("/api/%00"));
        assertThat(refusals).extracting(ApiClient.Answer::status).containsExactly(414, 431, 400);
        for (ApiClient.Answer refusal : refusals) {
            assertThat(refusal.json().path("error").asText()).as(refusal.body()).isNotBlank();
            assertThat(refusal.header("Content-Security-Policy")).as(refusal.body()).isEqualTo(SecurityHeaders.POLICY);
            assertThat(refusal.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(refusal.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(refusal.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }
}
