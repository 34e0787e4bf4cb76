package org.imrarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code imr eval precedents} end to end: the sample letters imported into a real Elasticsearch, then measured. */
class EvalPrecedentsCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final List<String> BY_K = List.of("procedureAgreement", "similarity", "similaritySameCategory",
            "similarityRandom", "beatsSameCategory", "noPrecedent", "aucPrecedents", "aucBaseRate",
            "aucBaseRateSmoothed", "brierPrecedents", "brierBaseRate");

    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {
    }

    private Run imr(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Imr.commandLine(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Map<String, String> archive() {
        Map<String, String> env = Map.of("ES_URL", TestCluster.address().nodes().get(0).toString(),
                "IMR_INDEX_PREFIX", "eval-precedents-" + System.nanoTime(), "IMR_HOME", home.toString());
        Run imported = imr(env, "import", SAMPLES.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        return env;
    }

    @Test
    void printsOneJsonObjectWithEveryFigureKeyedByK() throws Exception {
        Run run = imr(archive(), "eval", "precedents", "--json", "--k", "2,5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode figures = new ObjectMapper().readTree(run.out());
        assertThat(figures.get("decisions").asInt()).isGreaterThan(20);
        for (String name : BY_K) {
            assertThat(figures.get(name).fieldNames()).as(name).toIterable().containsExactly("2", "5");
        }
        for (String k : List.of("2", "5")) {
            for (String share : List.of("procedureAgreement", "beatsSameCategory", "noPrecedent")) {
                assertThat(figures.get(share).get(k).asDouble()).as(share + " at " + k).isBetween(0.0, 1.0);
            }
            for (String similarity : List.of("similarity", "similaritySameCategory", "similarityRandom")) {
                assertThat(figures.get(similarity).get(k).asDouble()).as(similarity + " at " + k).isBetween(0.0, 1.0);
            }
            for (String score : List.of("aucPrecedents", "aucBaseRate", "aucBaseRateSmoothed", "brierPrecedents", "brierBaseRate")) {
                JsonNode value = figures.get(score).get(k);
                assertThat(value.isNull() || (value.asDouble() >= 0 && value.asDouble() <= 1)).as(score + " at " + k).isTrue();
            }
            // precedents asked for with the item share more reasoning than decisions drawn from anywhere
            assertThat(figures.get("similarity").get(k).asDouble())
                    .isGreaterThan(figures.get("similarityRandom").get(k).asDouble());
        }
        assertThat(figures.get("latencyMs").get("p95").asDouble())
                .isGreaterThanOrEqualTo(figures.get("latencyMs").get("p50").asDouble()).isPositive();
    }

    @Test
    void theTableNamesEachFigureAndTheRunIsRepeatable() {
        Map<String, String> env = archive();
        Run first = imr(env, "eval", "precedents");
        Run again = imr(env, "eval", "precedents");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("reasoning similarity", "same-category draw", "beats same-category draw",
                "no precedent", "outcome AUC, precedents", "precedent query latency: p50");
        String withoutLatency = "(?m)^precedent query latency.*$";
        assertThat(again.out().replaceAll(withoutLatency, "")).isEqualTo(first.out().replaceAll(withoutLatency, ""));
    }

    @Test
    void badOptionsAreNamedAndTheParserEvalStillNeedsItsFolder() {
        Run badK = imr(Map.of(), "eval", "precedents", "--k", "0");
        assertThat(badK.exitCode()).isEqualTo(2);
        assertThat(badK.err()).contains("--k must be between 1 and 40");

        Run noFolder = imr(Map.of(), "eval");
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.err()).contains("FOLDER");
    }
}
