package org.imrarchive.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imrarchive.generator.CorpusGenerator;
import org.imrarchive.generator.GenerationReport;
import org.imrarchive.generator.GeneratorOptions;

/** The synthetic corpus a benchmark reads: generated once per (letters, seed, pdf share) and kept. */
final class Corpus {
    private Corpus() {
    }

    static Path ensure(Path folder, int letters, long seed, double pdfShare) throws IOException {
        Path readme = folder.resolve(CorpusGenerator.README);
        String expected = "letters:    " + letters + " ";
        if (Files.exists(readme) && Files.readString(readme).contains(expected) && Files.readString(readme).contains("seed:       " + seed + "\n")
                && Files.readString(readme).contains("pdf share:  " + pdfShare + "\n")) {
            System.out.println("corpus: reusing " + folder);
            return folder;
        }
        System.out.println("corpus: generating " + letters + " letters (seed " + seed + ", pdf share " + pdfShare + ") into " + folder);
        GenerationReport report = new CorpusGenerator(new GeneratorOptions(letters, seed, folder, pdfShare, GeneratorOptions.LETTER_FORMATS)).write();
        System.out.println("corpus: " + report.summary());
        return folder;
    }
}
