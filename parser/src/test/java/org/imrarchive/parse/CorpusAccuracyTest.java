package org.imrarchive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import org.imrarchive.letter.LetterJson;
import org.imrarchive.letter.SourceInfo;
import org.junit.jupiter.api.Test;

/**
 * Scores the parser against the labelled development corpus ({@code src/test/resources/corpus}): every field of every
 * {@code NAME.expected.json} is compared with the parse of {@code NAME.txt} (fields absent from the expected file are
 * not scored; lists are compared element by element, decisions item by item), and a per-field accuracy table is
 * printed. Inputs with a {@code NAME.expected.rejected} file must be rejected.
 */
class CorpusAccuracyTest {

    /** Every field must reach this accuracy; the corpus is small and hand-labelled, so the bar is all of it. */
    static final double THRESHOLD = 1.0;
    /** The "today" two-digit years resolve against: fixed so the test does not age. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private final ObjectMapper mapper = LetterJson.mapper();
    private final LetterParser parser = new LetterParser(TODAY);

    /** Per field path: [correct, total]. */
    private final Map<String, int[]> scores = new TreeMap<>();
    private final List<String> mismatches = new ArrayList<>();

    @Test
    void everyFieldOfEveryLetterMatchesItsLabel() throws IOException {
        Path root = corpusRoot();
        List<Path> inputs;
        try (Stream<Path> s = Files.walk(root)) {
            inputs = s.filter(Files::isRegularFile).filter(p -> isInput(p)).sorted().toList();
        }
        assertThat(inputs).as("corpus inputs under " + root).isNotEmpty();
        int letters = 0;
        int rejected = 0;
        for (Path input : inputs) {
            String base = baseName(input);
            Path expectedJson = input.resolveSibling(base + ".expected.json");
            Path expectedRejected = input.resolveSibling(base + ".expected.rejected");
            String name = root.relativize(input).toString();
            String text = decode(Files.readAllBytes(input));
            ParseResult result = parser.parse(text, new SourceInfo(name, null, null));
            if (Files.exists(expectedRejected)) {
                rejected++;
                String why = Files.readString(expectedRejected, StandardCharsets.UTF_8).strip();
                boolean ok = result instanceof ParseResult.Rejected;
                score("(rejected)", ok, name, "rejected (" + why + ")", result.toString());
                if (result instanceof ParseResult.Rejected r) {
                    System.out.printf("  rejected %-55s %s%n", name, r.reason());
                }
                continue;
            }
            if (!Files.exists(expectedJson)) {
                continue;
            }
            letters++;
            JsonNode expected = mapper.readTree(expectedJson.toFile());
            if (!(result instanceof ParseResult.Parsed parsed)) {
                score("(parsed)", false, name, "parsed", result.toString());
                continue;
            }
            score("(parsed)", true, name, "parsed", "parsed");
            JsonNode actual = mapper.valueToTree(parsed.letter());
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (e.getKey().equals("warningsNonEmpty")) {
                    boolean want = e.getValue().asBoolean();
                    boolean has = actual.path("warnings").size() > 0;
                    score("warningsNonEmpty", want == has, name, String.valueOf(want), actual.path("warnings").toString());
                    continue;
                }
                compare(e.getKey(), e.getValue(), actual.get(e.getKey()), name);
            }
        }
        print(letters, rejected);
        List<String> below = new ArrayList<>();
        scores.forEach((path, s) -> {
            if (s[1] > 0 && s[0] / (double) s[1] < THRESHOLD) {
                below.add(path + " " + s[0] + "/" + s[1]);
            }
        });
        assertThat(below).as("fields below %.0f%% accuracy (mismatches are listed above the table's end)", THRESHOLD * 100).isEmpty();
    }

    private void compare(String path, JsonNode expected, JsonNode actual, String file) {
        JsonNode a = actual == null ? NullNode.getInstance() : actual;
        if (expected.isObject()) {
            if (!a.isObject()) {
                // score every expected leaf as wrong
                Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    compare(path + "." + e.getKey(), e.getValue(), NullNode.getInstance(), file);
                }
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(path + "." + e.getKey(), e.getValue(), a.get(e.getKey()), file);
            }
            return;
        }
        if (expected.isArray()) {
            int actualSize = a.isArray() ? a.size() : 0;
            score(path + ".length", expected.size() == actualSize, file, String.valueOf(expected.size()),
                    actualSize + " " + (a.isArray() ? abbreviate(a.toString()) : a.toString()));
            for (int i = 0; i < expected.size(); i++) {
                JsonNode ai = a.isArray() && i < a.size() ? a.get(i) : NullNode.getInstance();
                compare(path + "[]", expected.get(i), ai, file + " #" + (i + 1));
            }
            return;
        }
        boolean equal = expected.isNumber() && a.isNumber() ? expected.asLong() == a.asLong() : expected.equals(a);
        score(path, equal, file, expected.toString(), a.toString());
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private void score(String path, boolean ok, String file, String expected, String actual) {
        int[] s = scores.computeIfAbsent(path, k -> new int[2]);
        s[1]++;
        if (ok) {
            s[0]++;
        } else {
            mismatches.add(String.format("  %s  %s: expected %s, got %s", file, path, expected, abbreviate(actual)));
        }
    }

    private void print(int letters, int rejected) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%nCorpus accuracy: %d letters, %d rejection cases%n", letters, rejected));
        b.append(String.format("%-60s %9s %7s%n", "field", "correct", "%"));
        int correct = 0;
        int total = 0;
        for (Map.Entry<String, int[]> e : scores.entrySet()) {
            int[] s = e.getValue();
            correct += s[0];
            total += s[1];
            b.append(String.format("%-60s %4d/%-4d %6.1f%n", e.getKey(), s[0], s[1], 100.0 * s[0] / s[1]));
        }
        b.append(String.format("%-60s %4d/%-4d %6.1f%n", "ALL FIELDS", correct, total, total == 0 ? 100.0 : 100.0 * correct / total));
        if (!mismatches.isEmpty()) {
            b.append("Mismatches:\n");
            mismatches.forEach(m -> b.append(m).append('\n'));
        }
        System.out.println(b);
    }

    private static boolean isInput(Path p) {
        String n = p.getFileName().toString();
        if (n.endsWith(".expected.json") || n.endsWith(".expected.rejected") || n.equalsIgnoreCase("README.md")) {
            return false;
        }
        if (n.endsWith(".txt")) {
            return true;
        }
        // other inputs (a .bin, a .pdf) count when a rejection is expected for them
        return Files.exists(p.resolveSibling(baseName(p) + ".expected.rejected"));
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Bytes to text as an importer would: BOM, then strict UTF-8, then windows-1252. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static Path corpusRoot() {
        Path p = Paths.get("src/test/resources/corpus");
        if (Files.isDirectory(p)) {
            return p;
        }
        return Paths.get("parser/src/test/resources/corpus");
    }
}
