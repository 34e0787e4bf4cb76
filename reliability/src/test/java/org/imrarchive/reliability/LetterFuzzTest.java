package org.imrarchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.imrarchive.extract.Extraction;
import org.imrarchive.extract.TextExtractor;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterJson;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;
import org.imrarchive.storage.DecisionDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for the parser and the text extractor: thousands of mangled corpus letters and random
 * bytes, each bounded in time. Every input must come back Parsed (and storable) or Rejected with a
 * reason; nothing may throw, hang, or be "rejected" only because the code crashed on it.
 * Set {@code -Dimr.fuzz.seed=N} to replay a run; failing inputs are written to target/fuzz-failures/.
 */
class LetterFuzzTest {

    /**
     * Time per test. Inputs tried vary with the machine: about 40 letters a second on one free core,
     * a few a second when the machine is loaded; the floors below only catch a fuzz loop that stalls.
     */
    private static final Duration PARSE_BUDGET = Duration.ofSeconds(14);
    private static final Duration FILE_BUDGET = Duration.ofSeconds(8);
    private static final Duration PER_INPUT = Duration.ofSeconds(10);
    private static final int MAX_INPUTS = 6000;
    private static final Path FAILURES = Path.of("target", "fuzz-failures");

    private final long seed = Long.getLong("imr.fuzz.seed", System.nanoTime());
    private final LetterParser parser = new LetterParser();
    private final TextExtractor extractor = new TextExtractor();
    private final List<String> findings = new ArrayList<>();

    @BeforeAll
    static void forgetEarlierFindings() throws IOException {
        if (Files.isDirectory(FAILURES)) {
            try (var files = Files.list(FAILURES)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @Test
    void mutatedLettersAndRandomTextAreParsedOrRejectedWithAReason() {
        List<Corpus.Sample> corpus = Corpus.all();
        Random random = new Random(seed);
        int inputs = 0;
        int parsed = 0;
        java.util.Map<String, Long> slowest = new java.util.TreeMap<>();
        Instant end = Instant.now().plus(PARSE_BUDGET);
        try (TimeBoxed box = new TimeBoxed()) {
            while (Instant.now().isBefore(end) && inputs < MAX_INPUTS) {
                Corpus.Sample sample = corpus.get(random.nextInt(corpus.size()));
                Mutations.Mutant mutant = inputs % 10 == 9 ? new Mutations.Mutant(Mutations.randomText(random), "random")
                        : Mutations.mutate(sample.text(), random);
                long started = System.nanoTime();
                if (checkParse(box, "parse#" + inputs + " (" + mutant.how() + " of " + sample.name() + ")", mutant.text())) {
                    parsed++;
                }
                slowest.merge(mutant.how().replaceAll("\\+.*", ""), (System.nanoTime() - started) / 1_000_000, Long::sum);
                inputs++;
            }
        }
        System.out.printf("letter fuzz (seed %d): %d inputs, %d parsed, %d rejected; ms spent by first mutation: %s%n",
                seed, inputs, parsed, inputs - parsed, slowest);
        assertThat(inputs).as("inputs tried within %s", PARSE_BUDGET).isGreaterThanOrEqualTo(30);
        assertThat(findings).as("seed %d", seed).isEmpty();
    }

    @Test
    void mutatedFilesAreExtractedOrRejectedWithAReason() {
        List<Corpus.Sample> corpus = Corpus.letters();
        Random random = new Random(seed + 1);
        List<NamedBytes> originals = new ArrayList<>();
        for (Corpus.Sample sample : corpus.subList(0, Math.min(6, corpus.size()))) {
            byte[] utf8 = sample.text().getBytes(StandardCharsets.UTF_8);
            originals.add(new NamedBytes("letter.txt", utf8));
            originals.add(new NamedBytes("letter.txt", sample.text().getBytes(StandardCharsets.UTF_16)));
            originals.add(new NamedBytes("letter.html", ("<!DOCTYPE html><html><head><meta charset=utf-8></head><body><pre>"
                    + sample.text().replace("<", "&lt;") + "</pre></body></html>").getBytes(StandardCharsets.UTF_8)));
            originals.add(new NamedBytes("letter.pdf", pdf(sample.text())));
        }
        originals.add(new NamedBytes("letters.zip", zip(corpus.get(0).text())));

        int inputs = 0;
        Instant end = Instant.now().plus(FILE_BUDGET);
        try (TimeBoxed box = new TimeBoxed()) {
            while (Instant.now().isBefore(end) && inputs < MAX_INPUTS) {
                NamedBytes original = originals.get(random.nextInt(originals.size()));
                byte[] bytes = switch (random.nextInt(5)) {
                    case 0 -> Mutations.randomBytes(random, random.nextInt(50_000));
                    case 1 -> java.util.Arrays.copyOf(original.bytes(), random.nextInt(original.bytes().length + 1));
                    default -> Mutations.flipBytes(original.bytes(), random);
                };
                String name = random.nextInt(8) == 0 ? "no-extension" : original.name();
                String label = "extract#" + inputs + " (" + name + ")";
                TimeBoxed.Outcome<Extraction> outcome = box.call(() -> extractor.extract(name, bytes), PER_INPUT);
                if (outcome instanceof TimeBoxed.Returned<Extraction> r && r.value() instanceof Extraction.Text t) {
                    if (t.text().isBlank()) {
                        finding(label, "extracted blank text", bytes);
                    } else {
                        checkParse(box, label + " then parse", t.text());
                    }
                } else if (outcome instanceof TimeBoxed.Returned<Extraction> r && r.value() instanceof Extraction.Rejected rej) {
                    if (rej.reason() == null || rej.reason().isBlank()) {
                        finding(label, "rejected without a reason", bytes);
                    }
                } else {
                    finding(label, describe(outcome), bytes);
                }
                inputs++;
            }
        }
        System.out.printf("file fuzz (seed %d): %d inputs%n", seed + 1, inputs);
        assertThat(inputs).as("inputs tried within %s", FILE_BUDGET).isGreaterThanOrEqualTo(30);
        assertThat(findings).as("seed %d", seed + 1).isEmpty();
    }

    /** Parses one input and checks the contract; true if it parsed. */
    private boolean checkParse(TimeBoxed box, String label, String text) {
        SourceInfo source = new SourceInfo("fuzz.txt", "0".repeat(64), null);
        TimeBoxed.Outcome<ParseResult> outcome = box.call(() -> parser.parse(text, source), PER_INPUT);
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        if (outcome instanceof TimeBoxed.Returned<ParseResult> r && r.value() instanceof ParseResult.Parsed p) {
            checkStorable(label, p.letter(), input);
            return true;
        }
        if (outcome instanceof TimeBoxed.Returned<ParseResult> r && r.value() instanceof ParseResult.Rejected rej) {
            if (rej.reason() == null || rej.reason().isBlank()) {
                finding(label, "rejected without a reason", input);
            } else if (rej.reason().startsWith("parser failure")) {
                // LetterParser turns its own exceptions into this rejection: still a crash to fix.
                finding(label, rej.reason(), input);
            }
            return false;
        }
        finding(label, describe(outcome), input);
        return false;
    }

    /** A parsed letter must survive what the importer does next: decision documents and JSON. */
    private void checkStorable(String label, Letter letter, byte[] input) {
        try {
            if (letter == null) {
                finding(label, "Parsed with a null letter", input);
                return;
            }
            LetterJson.mapper().writeValueAsString(letter);
            DecisionDocuments.of("fuzz", letter, DecisionDocuments.SOURCE_CA_DWC_IMR, Instant.now())
                    .forEach(d -> {
                        // the data contract allows an unreadable item or outcome, but only with a warning saying so
                        if ((d.item() == null || d.item().isBlank() || d.outcome() == null) && letter.warnings().isEmpty()) {
                            finding(label, "decision without item or outcome, and no warning: " + d.id(), input);
                        }
                    });
        } catch (Exception | StackOverflowError e) {
            finding(label, "parsed letter cannot be stored: " + e, input);
        }
    }

    private void finding(String label, String problem, byte[] input) {
        findings.add(label + ": " + problem);
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(label.replaceAll("[^A-Za-z0-9#.-]+", "_") + ".bin"), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(TimeBoxed.Outcome<?> outcome) {
        if (outcome instanceof TimeBoxed.Threw<?> t) {
            return "threw " + t.error();
        }
        if (outcome instanceof TimeBoxed.TimedOut<?>) {
            return "took longer than " + PER_INPUT;
        }
        return "returned " + ((TimeBoxed.Returned<?>) outcome).value();
    }

    private record NamedBytes(String name, byte[] bytes) {
    }

    private static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = text.lines().map(l -> l.replaceAll("[^\\x20-\\x7E]", " ")).toList();
            for (int start = 0; start < lines.size(); start += 50) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(11);
                    content.newLineAtOffset(40, 750);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + 50))) {
                        content.showText(line.length() > 120 ? line.substring(0, 120) : line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(String text) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("letter.txt"));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
