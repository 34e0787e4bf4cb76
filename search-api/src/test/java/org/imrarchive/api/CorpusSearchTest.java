package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.DecisionDocuments;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's relevance cases on the parser's development corpus, parsed by the real LetterParser.
 * Skipped while the parser accepts none of it; each case runs when the corpus holds what it needs.
 */
class CorpusSearchTest {

    static final Path CORPUS = Path.of("../parser/src/test/resources/corpus");

    static ArchiveGateway gateway;
    static ApiServer server;
    static ApiClient api;
    static final List<DecisionDocument> decisions = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        gateway = TestCluster.freshArchive("api-corpus");
        LetterParser parser = new LetterParser();
        List<Path> letters;
        try (Stream<Path> files = Files.exists(CORPUS) ? Files.walk(CORPUS) : Stream.empty()) {
            letters = files.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> !p.getParent().getFileName().toString().equals("rejected"))
                    .sorted().toList();
        }
        for (Path file : letters) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String letterId = file.getFileName().toString().replace(".txt", "");
            if (parser.parse(text, new SourceInfo(file.getFileName().toString(), letterId, null))
                    instanceof ParseResult.Parsed parsed) {
                Letter letter = parsed.letter();
                gateway.putLetter(letterId, letter);
                for (DecisionDocument d : DecisionDocuments.of(letterId, letter, DecisionDocuments.SOURCE_CA_DWC_IMR,
                        Instant.now())) {
                    gateway.putDecision(d);
                    decisions.add(d);
                }
            }
        }
        gateway.refresh();
        server = ApiServer.start(ApiConfig.defaults().withPort(0), gateway, new RecordingImportJobs());
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        gateway.close();
    }

    static String procedure(DecisionDocument d) {
        return d.procedure() == null || d.procedure().name() == null ? "" : d.procedure().name();
    }

    static long count(String procedureWord) {
        return decisions.stream().filter(d -> procedure(d).toLowerCase(Locale.ROOT).contains(procedureWord)).count();
    }

    static List<JsonNode> hits(JsonNode result, String field) {
        List<JsonNode> hits = new ArrayList<>();
        result.path(field).forEach(hits::add);
        return hits;
    }

    static String procedureOf(JsonNode hit) {
        return hit.path("procedure").path("name").asText("").toLowerCase(Locale.ROOT);
    }

    @Test
    void discogramRanksDiscographyFirst() {
        long discograms = count("discogra");
        assumeTrue(discograms > 0, "the parsed corpus has no discography decision");
        List<JsonNode> hits = hits(api.get("/api/search?q=discogram").json(), "hits");
        assertThat(hits.subList(0, (int) discograms)).allSatisfy(h -> assertThat(procedureOf(h)).contains("discogra"));
    }

    @Test
    void esiFindsEpiduralSteroidInjections() {
        long injections = count("epidural");
        assumeTrue(injections > 0, "the parsed corpus has no epidural injection decision");
        List<JsonNode> hits = hits(api.get("/api/search?q=ESI").json(), "hits");
        assertThat(hits).isNotEmpty();
        assertThat(procedureOf(hits.get(0))).contains("epidural");
        assertThat(hits.stream().filter(h -> procedureOf(h).contains("epidural")).count()).isEqualTo(injections);
    }

    @Test
    void similarToADiscogramReturnsDiscogramsFirst() {
        List<DecisionDocument> discograms = decisions.stream()
                .filter(d -> procedure(d).toLowerCase(Locale.ROOT).contains("discogra")).toList();
        long otherLetters = discograms.stream().map(DecisionDocument::letterId).distinct().count();
        assumeTrue(otherLetters > 1, "the parsed corpus has discograms in fewer than two letters");
        DecisionDocument first = discograms.get(0);
        List<JsonNode> similar = hits(api.get("/api/decisions/" + first.id() + "/similar").json(), "similar");
        long others = discograms.stream().filter(d -> !d.letterId().equals(first.letterId())).count();
        assertThat(similar.subList(0, (int) others)).allSatisfy(h -> assertThat(procedureOf(h)).contains("discogra"));
    }

    @Test
    void cursorPagingVisitsEveryDecisionOnce() {
        assumeTrue(!decisions.isEmpty(), "the parser accepts none of the corpus yet");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/search?size=4&sort=date" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.path("hits").forEach(h -> seen.add(h.path("id").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).hasSize(decisions.size());
        assertThat(new HashSet<>(seen)).hasSize(decisions.size());
    }
}
