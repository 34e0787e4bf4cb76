package org.imrarchive.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.imrarchive.extract.Extraction;
import org.imrarchive.extract.TextExtractor;
import org.imrarchive.letter.LetterJson;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Developer aid for refactoring the parser: {@code -Dimr.baseline=/tmp/parser-baseline} parses the development
 * corpus (samples/, the parser's test corpus, ../shared/corpus/letters and ../shared/corpus/real-2016 when present) and a generated corpus (fixed
 * seed, a tenth PDF) and writes one JSON line per letter there; run again with the folder present, it compares and
 * fails on any letter whose parse changed. The folder lives outside the repository (it may hold shared letters).
 */
class ParseBaselineTest {

    private static final Path ROOT = Path.of("..");

    @Test
    @EnabledIfSystemProperty(named = "imr.baseline", matches = ".+")
    void theParseOfEveryKnownLetterIsUnchanged() throws IOException {
        Path baseline = Path.of(System.getProperty("imr.baseline"));
        Path generated = baseline.resolve("generated-letters");
        boolean writing = !Files.exists(baseline.resolve("parses.jsonl"));
        if (!Files.isDirectory(generated)) {
            new CorpusGenerator(GeneratorOptions.of(400, 20_261_203L, generated).withPdfShare(0.1)).write();
        }
        List<String> lines = new ArrayList<>();
        for (Path root : List.of(ROOT.resolve("samples/letters"), ROOT.resolve("parser/src/test/resources/corpus"),
                ROOT.resolve("../shared/corpus/letters"),
                ROOT.resolve("../shared/corpus/real-2016"), generated)) {
            for (Path file : inputs(root)) {
                lines.add(file + "\t" + parse(file));
            }
        }
        Path parses = baseline.resolve(writing ? "parses.jsonl" : "parses-now.jsonl");
        Files.write(parses, lines);
        if (writing) {
            System.out.println("baseline written: " + lines.size() + " letters to " + parses);
            return;
        }
        Map<String, String> before = byFile(Files.readAllLines(baseline.resolve("parses.jsonl")));
        List<String> changed = new ArrayList<>();
        byFile(lines).forEach((file, now) -> {
            // a letter added to the corpus since the baseline has nothing to compare with
            if (before.containsKey(file) && !before.get(file).equals(now)) {
                changed.add("was: " + before.get(file) + "\nnow: " + now);
            }
        });
        assertThat(changed).as("letters whose parse changed (of %d)", lines.size()).isEmpty();
        System.out.println("baseline identical: " + lines.size() + " letters");
    }

    private static Map<String, String> byFile(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : lines) {
            int tab = l.indexOf('\t');
            out.put(l.substring(0, tab), l.substring(tab + 1));
        }
        return out;
    }

    private static String parse(Path file) throws IOException {
        Extraction e = new TextExtractor().extract(file.getFileName().toString(), Files.readAllBytes(file));
        if (!(e instanceof Extraction.Text text)) {
            return "extraction: " + e;
        }
        ParseResult r = new LetterParser(LocalDate.of(2026, 1, 1)).parse(text.text(), new SourceInfo(file.toString(), null, null));
        return r instanceof ParseResult.Parsed p ? LetterJson.mapper().writeValueAsString(p.letter()) : r.toString();
    }

    private static List<Path> inputs(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".pdf") || p.toString().endsWith(".html"))
                    .filter(p -> !p.getFileName().toString().equals(CorpusGenerator.README))
                    .sorted().toList();
        }
    }
}
