package org.imrarchive.parse.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.imrarchive.extract.Extraction;
import org.imrarchive.extract.TextExtractor;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterJson;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;
import org.imrarchive.parse.eval.FieldAccuracy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The parser on the real 2016-17 DWC letters of {@code ../shared/corpus/real-2016} (never in this repository): the
 * labelled ones scored field by field, the unlabelled ones read for warnings. Skipped, saying so, where absent.
 */
class RealLettersTest {

    static final Path REAL = Path.of("..", "..", "shared", "corpus", "real-2016");
    /** Field accuracy the parser holds on the labelled letters. */
    static final double BAR = 0.98;

    private final ObjectMapper json = LetterJson.mapper();
    private final TextExtractor extractor = new TextExtractor();
    private final LetterParser parser = new LetterParser(LocalDate.of(2026, 1, 1));

    @Test
    void theLabelledLettersScoreAtLeastTheBar() throws IOException {
        Path folder = present("labelled");
        FieldAccuracy accuracy = new FieldAccuracy();
        for (Path pdf : pdfs(folder)) {
            String name = pdf.getFileName().toString();
            Path label = pdf.resolveSibling(name.replaceFirst("\\.pdf$", ".expected.json"));
            Letter letter = parse(pdf);
            accuracy.score(name, json.readTree(label.toFile()), letter == null ? null : json.valueToTree(letter));
        }
        accuracy.misses().forEach(m -> System.out.println("  " + m));
        accuracy.byField().forEach((f, t) -> System.out.printf("%-52s %4d/%-4d %6.3f%n", f, t.matched(), t.total(), t.share()));
        FieldAccuracy.Tally all = accuracy.overall();
        System.out.printf("field accuracy: %.3f (%d/%d)%n", all.share(), all.matched(), all.total());
        assertThat(all.share()).isGreaterThanOrEqualTo(BAR);
    }

    @Test
    void theUnlabelledLettersAllParseAndTheirWarningsAreCounted() throws IOException {
        Path folder = present("unlabelled");
        Map<String, Integer> warnings = new TreeMap<>();
        List<String> rejected = new ArrayList<>();
        int letters = 0;
        int decisions = 0;
        int other = 0;
        for (Path pdf : pdfs(folder)) {
            Letter letter = parse(pdf);
            if (letter == null) {
                rejected.add(pdf.getFileName().toString());
                continue;
            }
            letters++;
            decisions += letter.decisions().size();
            other += (int) letter.decisions().stream()
                    .filter(d -> d.procedure() != null && "OTHER".equals(String.valueOf(d.procedure().category()))).count();
            for (String w : letter.warnings()) {
                // "no outcome found for item 2 (X)" counts as "no outcome found for item"
                warnings.merge(w.replaceAll("item \\d+.*", "item").replaceAll(": .*", ""), 1, Integer::sum);
                if (System.getProperty("imr.real.verbose") != null) {
                    System.out.println("  " + pdf.getFileName() + ": " + w);
                }
            }
        }
        System.out.printf("%d letters, %d decisions, %d of them procedure OTHER (%.1f%%)%n", letters, decisions, other,
                100.0 * other / Math.max(1, decisions));
        warnings.forEach((w, n) -> System.out.printf("%5d  %s%n", n, w));
        assertThat(rejected).as("rejected letters").isEmpty();
        assertThat(other).as("decisions of procedure OTHER").isLessThanOrEqualTo(decisions * 3 / 100);
        // what is left are fields these letters truly lack (checked by hand: no diagnosis in the summary, two birthdates)
        assertThat(warnings.keySet()).as("warnings").isSubsetOf("no diagnoses found", "no patient age found");
    }

    /** Developer aid: {@code -Dimr.real.dump=/tmp/real} writes each letter's text and parse there (outside the repository). */
    @Test
    @EnabledIfSystemProperty(named = "imr.real.dump", matches = ".+")
    void dumpTextAndParses() throws IOException {
        Path out = Files.createDirectories(Path.of(System.getProperty("imr.real.dump")));
        for (String folder : List.of("labelled", "unlabelled")) {
            for (Path pdf : pdfs(present(folder))) {
                String base = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
                Extraction e = extractor.extract(pdf.getFileName().toString(), Files.readAllBytes(pdf));
                if (e instanceof Extraction.Text text) {
                    Files.writeString(out.resolve(base + ".txt"), text.text());
                }
                Letter letter = parse(pdf);
                Files.writeString(out.resolve(base + ".parse.json"),
                        letter == null ? "rejected" : json.writerWithDefaultPrettyPrinter().writeValueAsString(letter));
            }
        }
    }

    private Letter parse(Path pdf) throws IOException {
        Extraction e = extractor.extract(pdf.getFileName().toString(), Files.readAllBytes(pdf));
        if (!(e instanceof Extraction.Text text)) {
            return null;
        }
        ParseResult r = parser.parse(text.text(), new SourceInfo(pdf.getFileName().toString(), null, null));
        return r instanceof ParseResult.Parsed p ? p.letter() : null;
    }

    private static Path present(String folder) {
        Path p = REAL.resolve(folder);
        if (!Files.isDirectory(p)) {
            System.out.println("SKIPPED: " + p.toAbsolutePath().normalize() + " is not present; the real letters were not read");
        }
        Assumptions.assumeTrue(Files.isDirectory(p), () -> "skipped: " + p.toAbsolutePath().normalize() + " is not present");
        return p;
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
