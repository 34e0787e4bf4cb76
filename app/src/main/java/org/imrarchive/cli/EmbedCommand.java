package org.imrarchive.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrarchive.embedding.EmbedRun;
import org.imrarchive.embedding.SentenceEmbedder;
import org.imrarchive.embedding.SentenceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The background job that gives decisions their sentence vectors, for {@code retrieval=hybrid} precedents. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Compute the sentence vector (all-MiniLM-L6-v2, quantised, in this JVM) of every decision "
                + "that has none yet, and store it on the decision.",
                "Resumable and idempotent: only decisions without a vector are read, so a stopped run goes on where "
                        + "it stopped and a second run embeds nothing. Importing never embeds: run this after an import "
                        + "(or beside it); until then hybrid precedents fall back to BM25 for decisions without a vector."})
final class EmbedCommand implements Callable<Integer> {

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + EmbedRun.DEFAULT_BATCH,
            description = "Decisions embedded and stored per request (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Inferences run at once, one core each (default: ${DEFAULT-VALUE}: leave the other cores to "
                    + "Elasticsearch and the server).")
    int threads;

    @picocli.CommandLine.ParentCommand
    Imr parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (batch < 1 || batch > 1000) {
            throw new ParameterException(spec.commandLine(), "--batch must be between 1 and 1000, not " + batch);
        }
        if (threads < 1 || threads > 64) {
            throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 64, not " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        try (ArchiveConnection archive = ArchiveConnection.open(parent.env());
             SentenceEmbedder embedder = SentenceEmbedder.load(SentenceModel.MINILM_L6_V2_Q, threads)) {
            EmbedRun.Progress done = new EmbedRun(archive.gateway(), embedder, batch).run(p -> {
                if (p.embedded() == 0 || p.embedded() == p.toEmbed() || p.embedded() % (batch * 10L) < batch) {
                    out.println(String.format(Locale.ROOT, "embedded %d of %d decisions", p.embedded(), p.toEmbed()));
                    out.flush();
                }
            });
            out.println(String.format(Locale.ROOT, "done: %d decisions embedded in %.1f s", done.embedded(),
                    (System.nanoTime() - started) / 1e9));
            out.flush();
        }
        return 0;
    }
}
