package org.imrarchive.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.imrarchive.extract.Extraction;
import org.imrarchive.extract.TextExtractor;
import org.imrarchive.letter.Decision;
import org.imrarchive.letter.Guideline;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser at scale: 500 generated letters (a tenth of them PDF, read back as the importer reads them) parsed
 * and checked against the manifest. Items and outcomes must agree on 98% of decisions; the other fields are
 * reported so a drop shows up in the build log.
 */
class ParserAgreementTest {

    @TempDir
    Path out;

    @Test
    void theParserReadsItemsAndOutcomesOfGeneratedLettersAsTheManifestSays() throws IOException {
        new CorpusGenerator(GeneratorOptions.of(500, 20_260_101L, out).withPdfShare(0.1)).write();
        LetterParser parser = new LetterParser();
        TextExtractor extractor = new TextExtractor();
        Score score = new Score();
        for (LetterTruth truth : Manifest.read(out)) {
            Extraction e = extractor.extract(truth.file(), Files.readAllBytes(out.resolve(truth.file())));
            if (!(e instanceof Extraction.Text text)) {
                score.count("letters parsed", false, truth.file() + ": " + e);
                truth.decisions().forEach(d -> score.count("item and outcome", false, null));
                continue;
            }
            ParseResult result = parser.parse(text.text(), new SourceInfo(truth.file(), null, null));
            if (!(result instanceof ParseResult.Parsed parsed)) {
                score.count("letters parsed", false, truth.file() + ": " + result);
                truth.decisions().forEach(d -> score.count("item and outcome", false, null));
                continue;
            }
            score.count("letters parsed", true, null);
            compare(truth, parsed.letter(), score);
        }
        System.out.println(score.report());
        assertThat(score.share("letters parsed")).isGreaterThanOrEqualTo(0.98);
        assertThat(score.share("item and outcome")).as(score.report()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void aLetterReadByTheGeneratorMatchesItsParse() {
        CorpusGenerator generator = new CorpusGenerator(GeneratorOptions.of(40, 4, out).withPdfShare(0));
        LetterParser parser = new LetterParser();
        for (int i = 0; i < 40; i++) {
            SyntheticLetter letter = generator.letter(i);
            Letter direct = letter.asLetter();
            Letter parsed = ((ParseResult.Parsed) parser.parse(letter.text(), new SourceInfo(letter.fileName(), null, null))).letter();
            assertThat(direct.caseNumber()).isEqualTo(parsed.caseNumber());
            assertThat(direct.source().format()).isEqualTo(parsed.source().format());
            assertThat(direct.decisions()).extracting(Decision::item).isEqualTo(parsed.decisions().stream().map(Decision::item).toList());
            assertThat(direct.decisions()).extracting(Decision::outcome).isEqualTo(parsed.decisions().stream().map(Decision::outcome).toList());
            assertThat(direct.decisions()).allSatisfy(d -> assertThat(d.rationale()).isNotBlank());
        }
    }

    private static void compare(LetterTruth t, Letter l, Score s) {
        String where = t.file() + " (" + t.format() + ")";
        s.count("format", l.source().format() == t.format(), where + ": " + l.source().format());
        s.count("case number", Objects.equals(l.caseNumber(), t.caseNumber()), where + ": " + l.caseNumber());
        s.count("decision count", l.decisions().size() == t.decisions().size(), where + ": " + l.decisions().size() + " vs " + t.decisions().size());
        s.count("patient age", Objects.equals(l.patient().age(), t.age()), where);
        s.count("reviewer specialty", Objects.equals(l.reviewer().specialty(), t.specialty()), where + ": " + l.reviewer().specialty());
        s.count("diagnoses", l.diagnoses().equals(t.diagnoses()), where + ": " + l.diagnoses());
        s.count("injury date", Objects.equals(iso(l.dates().injury()), t.dates().injury()), where);
        for (int i = 0; i < t.decisions().size(); i++) {
            LetterTruth.DecisionTruth want = t.decisions().get(i);
            if (i >= l.decisions().size()) {
                s.count("item and outcome", false, where + ": missing " + want.item());
                continue;
            }
            Decision got = l.decisions().get(i);
            s.count("item and outcome", want.item().equals(got.item()) && want.outcome() == got.outcome(),
                    where + ": [" + got.item() + "] " + got.outcome() + " vs [" + want.item() + "] " + want.outcome());
            s.count("procedure name", got.procedure() != null && want.procedure().name().equals(got.procedure().name()),
                    where + ": " + (got.procedure() == null ? null : got.procedure().name()) + " vs " + want.procedure().name());
            List<GuidelineSource> sources = new ArrayList<>();
            for (Guideline g : got.guidelines()) {
                sources.add(g.source());
            }
            s.count("guideline sources", sources.equals(want.guidelines().stream().map(LetterTruth.GuidelineTruth::source).toList()),
                    where + ": " + sources + " for " + want.item());
        }
    }

    private static String iso(Object date) {
        return date == null ? null : date.toString();
    }

    /** Agreement counts per field, with the first few disagreements kept to show. */
    private static final class Score {
        private final Map<String, int[]> counts = new TreeMap<>();
        private final List<String> misses = new ArrayList<>();

        void count(String field, boolean agrees, String detail) {
            int[] c = counts.computeIfAbsent(field, k -> new int[2]);
            c[1]++;
            if (agrees) {
                c[0]++;
            } else if (detail != null && c[1] - c[0] <= 3) {
                misses.add(field + ": " + detail);
            }
        }

        double share(String field) {
            int[] c = counts.getOrDefault(field, new int[] {0, 1});
            return (double) c[0] / c[1];
        }

        String report() {
            StringBuilder b = new StringBuilder("Parser agreement with the synthetic corpus manifest:\n");
            counts.forEach((k, c) -> b.append(String.format("  %-20s %5d/%5d  %6.2f%%%n", k, c[0], c[1], 100.0 * c[0] / c[1])));
            misses.forEach(m -> b.append("  miss ").append(m).append('\n'));
            return b.toString();
        }
    }
}
