package org.imrarchive.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.imrarchive.api.precedent.Retrieval;
import org.imrarchive.eval.precedent.PrecedentEvaluation;
import org.imrarchive.eval.precedent.PrecedentQuality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** How good the precedent finder is on the imported archive, leave one letter out at a time. */
@Command(name = "precedents", mixinStandardHelpOptions = true,
        description = {"Measure the precedent finder on the imported archive, one letter held out at a time.",
                "Each decision is asked for with its item, clinical summary and first guideline (never its rationale "
                        + "or outcome); its own letter is left out of the answer. For each k: share of precedents on "
                        + "the same procedure; TF-IDF similarity of their rationales to the decision's, beside as many "
                        + "decisions drawn at random from the same procedure category and from the whole archive "
                        + "(fixed seed); share beating the same-category draw; share with no precedent; ROC AUC and "
                        + "Brier score of the precedents' uphold share against the procedure's leave-one-out uphold "
                        + "rate; and the query's latency."})
final class EvalPrecedentsCommand implements Callable<Integer> {

    @Option(names = "--k", split = ",", paramLabel = "K", defaultValue = "3,10",
            description = "Numbers of precedents to score, 1 to 40 (default: ${DEFAULT-VALUE}).")
    List<Integer> ks;

    @Option(names = "--json", description = "Print one JSON object, each figure keyed by k.")
    boolean json;

    @Option(names = "--retrieval", paramLabel = "R", defaultValue = "bm25",
            description = "bm25 (words; the API's default) or hybrid (words fused with sentence vectors; needs imr embed "
                    + "first, decisions without a vector are found by their words). Default: ${DEFAULT-VALUE}.")
    String retrieval;

    @Option(names = "--sample", paramLabel = "N",
            description = "Hold out only N decisions drawn at random (fixed seed); default all.")
    Integer sample;

    @ParentCommand
    EvalCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (int k : ks) {
            if (k < 1 || k > 40) {
                throw new ParameterException(spec.commandLine(), "--k must be between 1 and 40, was " + k);
            }
        }
        if (sample != null && sample < 1) {
            throw new ParameterException(spec.commandLine(), "--sample must be at least 1, was " + sample);
        }
        PrecedentQuality quality;
        try (ArchiveConnection archive = ArchiveConnection.open(parent.env())) {
            quality = new PrecedentEvaluation(archive.gateway(), retrievalOption()).run(ks, sample);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(quality.json().toString());
        } else {
            print(out, quality);
        }
        out.flush();
        return 0;
    }

    private Retrieval retrievalOption() {
        return switch (retrieval.toLowerCase(Locale.ROOT)) {
            case "bm25" -> Retrieval.BM25;
            case "hybrid" -> Retrieval.HYBRID;
            default -> throw new ParameterException(spec.commandLine(),
                    "--retrieval must be bm25 or hybrid, was '" + retrieval + "'");
        };
    }

    private static void print(PrintWriter out, PrecedentQuality q) {
        out.println(String.format(Locale.ROOT, "%d decisions held out, of %d letters (%d without a rationale left out); "
                + "%s of those with an outcome upheld", q.decisions(), q.letters(), q.withoutRationale(), share(q.upheldShare())));
        out.print(String.format(Locale.ROOT, "%-34s", "k"));
        q.byK().keySet().forEach(k -> out.print(String.format(Locale.ROOT, "%9d", k)));
        out.println();
        row(out, q, "procedure agreement", a -> OptionalDouble.of(a.procedureAgreement()));
        row(out, q, "reasoning similarity", a -> OptionalDouble.of(a.similarity()));
        row(out, q, "  same-category draw", a -> OptionalDouble.of(a.similaritySameCategory()));
        row(out, q, "  whole-archive draw", a -> OptionalDouble.of(a.similarityRandom()));
        row(out, q, "beats same-category draw", a -> OptionalDouble.of(a.beatsSameCategory()));
        row(out, q, "no precedent", a -> OptionalDouble.of(a.noPrecedent()));
        row(out, q, "outcome AUC, precedents", PrecedentQuality.AtK::aucPrecedents);
        row(out, q, "outcome AUC, procedure base rate", PrecedentQuality.AtK::aucBaseRate);
        row(out, q, "  (extra) smoothed base rate", PrecedentQuality.AtK::aucBaseRateSmoothed);
        row(out, q, "Brier, precedents", PrecedentQuality.AtK::brierPrecedents);
        row(out, q, "Brier, procedure base rate", PrecedentQuality.AtK::brierBaseRate);
        out.println(String.format(Locale.ROOT, "precedent query latency: p50 %.1f ms, p95 %.1f ms",
                q.latencyP50Ms(), q.latencyP95Ms()));
    }

    private static void row(PrintWriter out, PrecedentQuality q, String label,
                            java.util.function.Function<PrecedentQuality.AtK, OptionalDouble> figure) {
        out.print(String.format(Locale.ROOT, "%-34s", label));
        q.byK().values().forEach(a -> {
            OptionalDouble v = figure.apply(a);
            out.print(String.format(Locale.ROOT, "%9s", v.isPresent() && !Double.isNaN(v.getAsDouble())
                    ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "n/a"));
        });
        out.println();
    }

    private static String share(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
