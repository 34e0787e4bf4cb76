package org.imrarchive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.SourceInfo;
import org.junit.jupiter.api.Test;

class LetterParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private final LetterParser parser = new LetterParser(TODAY);

    static String sample() throws IOException {
        return Files.readString(corpus().resolve("dwc-2013/discogram-upheld.txt"));
    }

    static Path corpus() {
        Path p = Paths.get("src/test/resources/corpus");
        return Files.isDirectory(p) ? p : Paths.get("parser/src/test/resources/corpus");
    }

    private Letter parsed(String text) {
        ParseResult r = parser.parse(text, new SourceInfo("x.txt", null, null));
        assertThat(r).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) r).letter();
    }

    private String rejected(String text) {
        ParseResult r = parser.parse(text, null);
        assertThat(r).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) r).reason();
    }

    @Test
    void theSampleLetter() throws IOException {
        Letter l = parsed(sample());
        assertThat(l.source().format()).isEqualTo(LetterFormat.DWC_IMR_2013);
        assertThat(l.source().file()).isEqualTo("x.txt");
        assertThat(l.dates().injury()).isEqualTo(LocalDate.of(2007, 4, 22));
        assertThat(l.dates().urDenial()).isEqualTo(LocalDate.of(2014, 3, 24));
        assertThat(l.reviewer().specialtyRaw()).isEqualTo("Board Certified in Physical Medicine and Rehabilitation");
        assertThat(l.clinicalSummary()).startsWith("This 46 year-old patient sustained an injury on 4/22/07");
        assertThat(l.decisions()).singleElement().satisfies(d -> {
            assertThat(d.item()).isEqualTo("Lumbar discogram L3-4, L4-5, L5-S1");
            assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(d.rationale()).startsWith("This 46 year-old patient").endsWith("is not medically necessary and appropriate.");
        });
        assertThat(l.warnings()).containsExactly("no case number found");
    }

    @Test
    void windowsLineEndingsParseTheSame() throws IOException {
        String lf = sample();
        Letter a = parsed(lf);
        Letter b = parsed(lf.replace("\n", "\r\n"));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void twoDigitYearsFollowTheInjectedClock() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2005-06-01T00:00:00Z"), ZoneOffset.UTC);
        ParseResult r = new LetterParser(clock).parse(sample(), null);
        Letter l = ((ParseResult.Parsed) r).letter();
        assertThat(l.dates().injury()).isEqualTo(LocalDate.of(2007 - 100, 4, 22));
        assertThat(new LetterParser().parse(sample(), null)).isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void truncatedLetterIsParsedWithWarnings() throws IOException {
        String text = sample();
        String cut = text.substring(0, text.indexOf("Diskography is frequently used") + 60);
        Letter l = parsed(cut);
        assertThat(l.decisions()).hasSize(1);
        assertThat(l.decisions().get(0).outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(l.warnings()).anyMatch(w -> w.startsWith("letter appears truncated"));

        String beforeRationale = text.substring(0, text.indexOf("Decision rationale:"));
        Letter l2 = parsed(beforeRationale);
        assertThat(l2.decisions().get(0).rationale()).isNull();
        assertThat(l2.warnings()).contains("letter appears truncated: decision rationale for item 1 is missing");
    }

    @Test
    void rejectsWhatIsNotALetter() {
        assertThat(rejected("")).startsWith("empty input");
        assertThat(rejected(null)).startsWith("empty input");
        assertThat(rejected(" \t\f\r\n\r \n")).startsWith("empty input");
        assertThat(rejected("%PDF-1.7\n1 0 obj << /Encrypt 2 0 R >>\nstream\u0001\u0002\u0003")).startsWith("not text: input is raw PDF data");
        StringBuilder junk = new StringBuilder();
        Random rnd = new Random(1);
        for (int i = 0; i < 5000; i++) {
            junk.append((char) rnd.nextInt(0x100));
        }
        assertThat(rejected(junk.toString())).startsWith("not text");
        assertThat(rejected("lorem ipsum dolor sit amet ".repeat(200))).startsWith("not an IMR determination letter");
        assertThat(rejected("UTILIZATION REVIEW DETERMINATION\nThe request for Norco 10/325mg #120 is non-certified. "
                + "It is not medically necessary per the MTUS. You may request Independent Medical Review (IMR) within 30 days."))
                .startsWith("not an IMR determination letter");
        assertThat(rejected("HOW THE IMR FINAL DETERMINATION WAS MADE\nMAXIMUS guideline: whatever\nThat is all there is to this page of text."))
                .isEqualTo("not an IMR determination letter: no decision section found");
    }

    @Test
    void neverThrowsOnAnything() throws IOException {
        String sample = sample();
        Random rnd = new Random(42);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // slices, shuffles and corruptions of a real letter
            int a = rnd.nextInt(sample.length());
            int b = a + rnd.nextInt(sample.length() - a);
            inputs.add(sample.substring(a, b));
            char[] c = sample.toCharArray();
            for (int k = 0; k < 50; k++) {
                c[rnd.nextInt(c.length)] = (char) rnd.nextInt(0x3000);
            }
            inputs.add(new String(c));
        }
        inputs.add("1. 1. 1. 1. ".repeat(10000));
        inputs.add("IMR ISSUES, DECISIONS AND RATIONALES\n" + "x: Upheld\n".repeat(2000));
        inputs.add("IMR DECISION(S) AND RATIONALE(S)\n" + "1. a is not medically necessary\n".repeat(500));
        inputs.add("Diagnoses included " + "a".repeat(100000));
        inputs.add("-\n".repeat(50000));
        inputs.add("HOW THE IMR FINAL DETERMINATION WAS MADE " + "(".repeat(20000));
        inputs.add("MEDICAL PROFESSIONAL REVIEW\nISSUE AT DISPUTE:\n\nRATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:\n");
        inputs.add("\uD800\uDC00\uD800" + sample);
        for (String in : inputs) {
            ParseResult r = parser.parse(in, null);
            assertThat(r).isNotNull();
            if (r instanceof ParseResult.Rejected rej) {
                assertThat(rej.reason()).isNotBlank();
            }
        }
    }

    @Test
    void threadSafeAndFast() throws Exception {
        List<String> letters = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus())) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                letters.add(CorpusAccuracyTest.decode(Files.readAllBytes(p)));
            }
        }
        List<ParseResult> sequential = new ArrayList<>();
        for (String l : letters) {
            sequential.add(parser.parse(l, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<ParseResult>> futures = new ArrayList<>();
                for (String l : letters) {
                    futures.add(pool.submit(() -> parser.parse(l, null)));
                }
                for (int i = 0; i < letters.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // throughput on one thread, after warm-up, in CPU time (the build machine is shared, so wall time says little)
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long chars = 0;
        for (int i = 0; i < 20; i++) {
            for (String l : letters) {
                parser.parse(l, null);
            }
        }
        int n = 0;
        long t0 = bean.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        while (System.nanoTime() - w0 < 3_000_000_000L && n < 5000) {
            for (String l : letters) {
                parser.parse(l, null);
                chars += l.length();
                n++;
            }
        }
        double secs = (bean.getCurrentThreadCpuTime() - t0) / 1e9;
        System.out.printf("Parser throughput: %.0f letters/s, %.1f MB/s per core of CPU time (avg %.1f KB/letter)%n",
                n / secs, chars / secs / 1e6, chars / 1000.0 / n);
        assertThat(n / secs).as("letters per second").isGreaterThan(100);
    }
}
