package org.imrarchive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imrarchive.generator.CorpusGenerator;
import org.imrarchive.generator.GenerationReport;
import org.imrarchive.generator.GeneratorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a synthetic corpus for benchmarks and load tests; never mixed into the sample letters. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write N realistic synthetic letters in every supported format (text, and a share as PDF), "
                + "deterministically from a seed, with a manifest.jsonl of the ground truth.",
                "For benchmarks and load tests only: the files are named synthetic-* and the folder gets a "
                        + CorpusGenerator.README + " saying so."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--letters", required = true, paramLabel = "N", description = "How many letters.")
    int letters;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--pdf-share", defaultValue = "0.1", paramLabel = "F",
            description = "Share of letters written as PDF, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double pdfShare;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GenerationReport report = new CorpusGenerator(GeneratorOptions.of(letters, seed, out).withPdfShare(pdfShare)).write();
        spec.commandLine().getOut().println(report.summary());
        return 0;
    }
}
