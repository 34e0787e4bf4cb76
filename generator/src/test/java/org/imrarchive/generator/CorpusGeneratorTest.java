package org.imrarchive.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.imrarchive.extract.Extraction;
import org.imrarchive.extract.TextExtractor;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherLetters() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        new CorpusGenerator(GeneratorOptions.of(300, 7, a).withPdfShare(0.2)).write();
        new CorpusGenerator(GeneratorOptions.of(300, 7, b).withPdfShare(0.2)).write();
        new CorpusGenerator(GeneratorOptions.of(300, 8, c).withPdfShare(0.2)).write();

        List<String> names = fileNames(a);
        assertThat(names).hasSize(302).isEqualTo(fileNames(b));
        for (String name : names) {
            assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
        }
        assertThat(Files.readString(c.resolve(Manifest.FILE_NAME))).isNotEqualTo(Files.readString(a.resolve(Manifest.FILE_NAME)));
    }

    @Test
    void aLetterIsTheSameWhetherWrittenOrTakenAlone() throws IOException {
        Path out = tmp.resolve("corpus");
        CorpusGenerator generator = new CorpusGenerator(GeneratorOptions.of(50, 3, out));
        generator.write();
        SyntheticLetter alone = generator.letter(41);
        assertThat(Files.readAllBytes(out.resolve(alone.fileName()))).isEqualTo(alone.bytes());
        assertThat(Manifest.read(out).get(41)).isEqualTo(alone.truth());
    }

    @Test
    void theCorpusMixesFormatsTreatmentsOutcomesAndLengthsTheWayTheArchiveDoes() {
        CorpusGenerator generator = new CorpusGenerator(GeneratorOptions.of(3000, 2026, tmp).withPdfShare(0.1));
        Map<LetterFormat, Integer> formats = new TreeMap<>();
        Map<Integer, Integer> itemsPerLetter = new TreeMap<>();
        Map<String, int[]> byProcedure = new TreeMap<>();
        Set<String> caseNumbers = new HashSet<>();
        int decisions = 0;
        int upheld = 0;
        int pdfs = 0;
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (int i = 0; i < 3000; i++) {
            SyntheticLetter letter = generator.letter(i);
            LetterTruth t = letter.truth();
            formats.merge(t.format(), 1, Integer::sum);
            itemsPerLetter.merge(t.decisions().size(), 1, Integer::sum);
            assertThat(caseNumbers.add(t.caseNumber())).as("case number %s unique", t.caseNumber()).isTrue();
            assertThat(t.caseNumber()).matches("CM1[345]-\\d{7}");
            assertThat(t.dates().urDenial()).isBetween("2013-01-01", "2016-12-31");
            assertThat(t.dates().injury()).isLessThan(t.dates().urDenial());
            for (LetterTruth.DecisionTruth d : t.decisions()) {
                decisions++;
                int[] counts = byProcedure.computeIfAbsent(d.procedure().name(), k -> new int[2]);
                counts[1]++;
                if (d.outcome() == Outcome.UPHELD) {
                    upheld++;
                    counts[0]++;
                }
                assertThat(d.guidelines()).isNotEmpty();
            }
            if (letter.isPdf()) {
                pdfs++;
            } else {
                int length = letter.text().length();
                shortest = Math.min(shortest, length);
                longest = Math.max(longest, length);
            }
        }
        assertThat(formats).containsOnlyKeys(GeneratorOptions.LETTER_FORMATS.toArray(LetterFormat[]::new));
        assertThat(formats.get(LetterFormat.MAXIMUS_IMR_2014)).isBetween(1050, 1350);
        assertThat(formats.get(LetterFormat.MEDICAL_PROFESSIONAL_REVIEW)).isBetween(330, 570);
        assertThat(itemsPerLetter).containsOnlyKeys(1, 2, 3, 4);
        assertThat((double) upheld / decisions).as("share of decisions upheld").isBetween(0.70, 0.80);
        assertThat(byProcedure).as("dozens of treatments").hasSizeGreaterThan(50);
        assertThat(rate(byProcedure, "Topical Compounded Analgesic")).isGreaterThan(0.9);
        assertThat(rate(byProcedure, "Physical Therapy")).isLessThan(0.7);
        assertThat(rate(byProcedure, "Hydrocodone/Acetaminophen")).isBetween(0.75, 0.9);
        assertThat(byProcedure.get("Hydrocodone/Acetaminophen")[1]).as("opioids the most disputed")
                .isGreaterThan(byProcedure.get("MRI")[1]);
        assertThat(pdfs).isBetween(240, 360);
        assertThat(shortest).isLessThan(4_000);
        assertThat(longest).isGreaterThan(9_000);
    }

    @Test
    void pdfLettersHaveWrappedLinesAndPageFooters() {
        CorpusGenerator generator = new CorpusGenerator(GeneratorOptions.of(200, 11, tmp).withPdfShare(1.0));
        TextExtractor extractor = new TextExtractor();
        for (int i = 0; i < 20; i++) {
            SyntheticLetter letter = generator.letter(i);
            assertThat(letter.fileName()).endsWith(".pdf");
            byte[] pdf = letter.pdf();
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            Extraction e = extractor.extract(letter.fileName(), pdf);
            assertThat(e).isInstanceOf(Extraction.Text.class);
            String text = ((Extraction.Text) e).text();
            assertThat(text).contains("Page 1 of ").contains(letter.truth().caseNumber());
            assertThat(text.lines().mapToInt(String::length).max().orElse(0)).isLessThan(140);
            for (LetterTruth.DecisionTruth d : letter.truth().decisions()) {
                assertThat(text.replaceAll("\\s+", " ")).contains(d.item());
            }
        }
    }

    @Test
    void theFolderSaysItIsSyntheticAndTheManifestHoldsEveryLetter() throws IOException {
        Path out = tmp.resolve("synthetic");
        GenerationReport report = new CorpusGenerator(GeneratorOptions.of(120, 5, out)).write();
        assertThat(Files.readString(out.resolve(CorpusGenerator.README))).startsWith("SYNTHETIC CORPUS - NOT REAL DETERMINATIONS")
                .contains("letters:    120");
        List<LetterTruth> truths = Manifest.read(out);
        assertThat(truths).hasSize(120);
        for (LetterTruth t : truths) {
            assertThat(t.file()).startsWith("synthetic-");
            assertThat(out.resolve(t.file())).exists();
        }
        assertThat(report.letters()).isEqualTo(120);
        assertThat(report.decisions()).isEqualTo(truths.stream().mapToLong(t -> t.decisions().size()).sum());
    }

    @Test
    void refusesAFolderWithOtherFilesAndReplacesAnEarlierSyntheticCorpus() throws IOException {
        Path real = tmp.resolve("letters");
        Files.createDirectories(real);
        Files.writeString(real.resolve("discogram-upheld.txt"), "a real letter");
        assertThatThrownBy(() -> new CorpusGenerator(GeneratorOptions.of(10, 1, real)).write())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("discogram-upheld.txt");
        assertThat(real.resolve(Manifest.FILE_NAME)).doesNotExist();

        Path out = tmp.resolve("again");
        new CorpusGenerator(GeneratorOptions.of(30, 1, out)).write();
        new CorpusGenerator(GeneratorOptions.of(10, 1, out)).write();
        assertThat(fileNames(out)).hasSize(12);
    }

    @Test
    void badOptionsAreRefusedWithAReason() {
        assertThatThrownBy(() -> GeneratorOptions.of(-1, 1, tmp)).hasMessageContaining("letters");
        assertThatThrownBy(() -> GeneratorOptions.of(1, 1, tmp).withPdfShare(1.5)).hasMessageContaining("pdfShare");
        assertThatThrownBy(() -> GeneratorOptions.of(1, 1, tmp).withFormats(Set.of(LetterFormat.DMHC_IMR_CSV)))
                .hasMessageContaining("DMHC_IMR_CSV");
    }

    @Test
    void onlyTheFormatsAskedFor() {
        CorpusGenerator generator = new CorpusGenerator(GeneratorOptions.of(100, 9, tmp).withFormats(Set.of(LetterFormat.IMR_NOTICE_2013)));
        assertThat(generator.letters().map(SyntheticLetter::format).distinct().toList()).containsExactly(LetterFormat.IMR_NOTICE_2013);
    }

    private static double rate(Map<String, int[]> byProcedure, String name) {
        int[] c = byProcedure.get(name);
        return (double) c[0] / c[1];
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
            return names;
        }
    }
}
