package org.imrarchive.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;

/**
 * Writes a synthetic corpus: realistic IMR determination letters in the four formats the parser reads, as text and
 * (a share of them) as PDF, with the ground truth of every letter in {@code manifest.jsonl} and a
 * {@code SYNTHETIC-CORPUS.txt} that says what the folder is. For benchmarks and load tests only.
 *
 * <p>Deterministic: letter {@code i} depends only on the seed, {@code i} and the formats, so the same options give
 * the same bytes whatever the thread count. Letters stream to disk in chunks; memory does not grow with the corpus.
 */
public final class CorpusGenerator {
    /** The file that marks a folder as a synthetic corpus. */
    public static final String README = "SYNTHETIC-CORPUS.txt";
    public static final String FILE_PREFIX = "synthetic-";

    private static final int CHUNK = 2048;

    private final GeneratorOptions options;
    private final CaseDrafter drafter;
    private final String nameFormat;

    public CorpusGenerator(GeneratorOptions options) {
        this.options = options;
        this.drafter = new CaseDrafter(options);
        int digits = Math.max(6, String.valueOf(options.letters()).length());
        this.nameFormat = FILE_PREFIX + "%0" + digits + "d";
    }

    public GeneratorOptions options() {
        return options;
    }

    /** Letter {@code index} (0-based) of the corpus, without writing anything. */
    public SyntheticLetter letter(int index) {
        if (index < 0 || index >= options.letters()) {
            throw new IndexOutOfBoundsException("letter " + index + " of a corpus of " + options.letters());
        }
        SyntheticCase c = drafter.draft(index);
        boolean pdf = drafter.asPdf(index, options.pdfShare());
        String name = String.format(nameFormat, index + 1) + (pdf ? ".pdf" : ".txt");
        LetterTruth truth = Labels.of(c, name, pdf ? SyntheticLetter.PDF : SyntheticLetter.TEXT);
        return new SyntheticLetter(index, name, truth, Layout.of(c.format()).write(c), c);
    }

    /** All letters in order, made as they are consumed. */
    public Stream<SyntheticLetter> letters() {
        return IntStream.range(0, options.letters()).mapToObj(this::letter);
    }

    /**
     * Writes the corpus into {@code options.out()}: the letters, {@code manifest.jsonl} and {@code SYNTHETIC-CORPUS.txt}.
     * The folder must be new, empty, or an earlier synthetic corpus (whose letters and manifest are replaced); a folder
     * holding anything else is refused, so synthetic letters never mix with real ones.
     */
    public GenerationReport write() throws IOException {
        long started = System.nanoTime();
        Path out = options.out();
        prepare(out);
        Map<LetterFormat, Integer> byFormat = new EnumMap<>(LetterFormat.class);
        int texts = 0;
        int pdfs = 0;
        long decisions = 0;
        long upheld = 0;
        long bytes = 0;
        int total = options.letters();
        try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8)) {
            for (int chunkStart = 0; chunkStart < total; chunkStart += CHUNK) {
                int chunkEnd = Math.min(total, chunkStart + CHUNK);
                LetterTruth[] truths = new LetterTruth[chunkEnd - chunkStart];
                long[] sizes = new long[truths.length];
                String[] lines = new String[truths.length];
                int base = chunkStart;
                IntStream.range(chunkStart, chunkEnd).parallel().forEach(i -> {
                    SyntheticLetter letter = letter(i);
                    byte[] content = letter.bytes();
                    try {
                        Files.write(out.resolve(letter.fileName()), content);
                    } catch (IOException e) {
                        throw new UncheckedIOException("could not write " + out.resolve(letter.fileName()), e);
                    }
                    truths[i - base] = letter.truth();
                    sizes[i - base] = content.length;
                    lines[i - base] = Manifest.line(letter.truth());
                });
                for (int k = 0; k < truths.length; k++) {
                    LetterTruth t = truths[k];
                    manifest.write(lines[k]);
                    manifest.write('\n');
                    byFormat.merge(t.format(), 1, Integer::sum);
                    if (SyntheticLetter.PDF.equals(t.media())) {
                        pdfs++;
                    } else {
                        texts++;
                    }
                    decisions += t.decisions().size();
                    for (LetterTruth.DecisionTruth d : t.decisions()) {
                        if (d.outcome() == Outcome.UPHELD) {
                            upheld++;
                        }
                    }
                    bytes += sizes[k];
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        GenerationReport report = new GenerationReport(out, total, texts, pdfs, decisions, upheld, byFormat, bytes,
                Duration.ofNanos(System.nanoTime() - started));
        Files.writeString(out.resolve(README), readme(report), StandardCharsets.UTF_8);
        return report;
    }

    private static void prepare(Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " is a file, not a folder");
        }
        Files.createDirectories(out);
        boolean earlierCorpus = Files.exists(out.resolve(README));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                boolean ours = name.equals(README) || name.equals(Manifest.FILE_NAME)
                        || (name.startsWith(FILE_PREFIX) && (name.endsWith(".txt") || name.endsWith(".pdf")));
                if (!earlierCorpus || !ours || Files.isDirectory(p)) {
                    throw new IllegalArgumentException("refusing to write a synthetic corpus into " + out + ": it holds " + name
                            + "; use a new or empty folder (synthetic letters must never mix with real ones)");
                }
            }
        }
        if (earlierCorpus) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
                for (Path p : entries) {
                    Files.delete(p);
                }
            }
        }
    }

    private String readme(GenerationReport r) {
        StringBuilder s = new StringBuilder();
        s.append("SYNTHETIC CORPUS - NOT REAL DETERMINATIONS\n\n");
        s.append("Every letter in this folder was invented by the IMR archive's corpus generator (module generator/,\n");
        s.append("org.imrarchive.generator.CorpusGenerator) for benchmarks and load tests. Patients, reviewers, case numbers,\n");
        s.append("dates and clinical details are made up. Do not import these letters into an archive of real decisions,\n");
        s.append("and do not copy them into the sample or development corpora.\n\n");
        s.append("letters:    ").append(r.letters()).append(" (").append(r.textFiles()).append(" text, ").append(r.pdfFiles()).append(" PDF)\n");
        s.append("seed:       ").append(options.seed()).append('\n');
        s.append("pdf share:  ").append(options.pdfShare()).append('\n');
        s.append("formats:    ");
        r.lettersByFormat().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append(e.getKey()).append('=').append(e.getValue()).append(' '));
        s.append('\n');
        s.append("decisions:  ").append(r.decisions()).append(String.format(" (%.1f%% upheld)%n", 100 * r.upheldShare()));
        s.append("\nFiles: ").append(FILE_PREFIX).append("NNNNNN.txt / .pdf, one letter each; ").append(Manifest.FILE_NAME)
                .append(" holds the ground truth of each letter\n(file, format, caseNumber, dates, patient, reviewer, diagnoses, and per decision the item,\n")
                .append("outcome, procedure and guidelines), one JSON object per line in file order. The same seed and options\n")
                .append("always give the same bytes.\n");
        return s.toString();
    }
}
