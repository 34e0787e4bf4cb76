package org.imrarchive.eval.precedent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * What {@code imr eval precedents} measured over an archive.
 *
 * @param letters       letters in the archive
 * @param decisions     decisions held out (those with a rationale to compare)
 * @param withoutRationale decisions left out because they have no rationale
 * @param upheldShare   share of the held-out decisions with an outcome that were upheld
 * @param byK           the figures for each number of precedents looked at
 * @param latencyP50Ms  median time of one precedent query
 * @param latencyP95Ms  95th percentile of it
 */
public record PrecedentQuality(int letters, int decisions, int withoutRationale, double upheldShare,
                               Map<Integer, AtK> byK, double latencyP50Ms, double latencyP95Ms) {

    /**
     * The figures for the first {@code k} precedents of each held-out decision. Similarity means are over the
     * decisions that got at least one precedent; outcome scores over those that also have an outcome. Empty
     * (JSON null) where nothing could be scored, e.g. an AUC when every decision was upheld.
     *
     * @param procedureAgreement     share of all precedents listed that are on the held-out decision's procedure
     * @param similarity             mean over decisions of the mean reasoning similarity of its precedents
     * @param similaritySameCategory the same for as many decisions drawn at random from the procedure's category
     * @param similarityRandom       the same for as many decisions drawn at random from the whole archive
     * @param beatsSameCategory      share of decisions whose precedents beat their same-category draw
     * @param noPrecedent            share of held-out decisions that got no precedent
     * @param aucPrecedents          ROC AUC of the precedents' uphold share as a prediction of "upheld"
     * @param aucBaseRate            ROC AUC of the procedure's leave-one-out uphold rate
     * @param aucBaseRateSmoothed    extra, not the figure: the same rate shrunk toward the archive's rate
     *                               (as if 10 more decisions at the archive's rate), less biased on small procedures
     */
    public record AtK(double procedureAgreement, double similarity, double similaritySameCategory,
                      double similarityRandom, double beatsSameCategory, double noPrecedent,
                      OptionalDouble aucPrecedents, OptionalDouble aucBaseRate, OptionalDouble aucBaseRateSmoothed,
                      OptionalDouble brierPrecedents, OptionalDouble brierBaseRate) {
    }

    /** One object, each figure keyed by k ({@code "similarity": {"3": 0.23, "10": 0.2}}), for scripts. */
    public ObjectNode json() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("letters", letters);
        out.put("decisions", decisions);
        out.put("withoutRationale", withoutRationale);
        number(out, "upheldShare", upheldShare);
        put(out, "procedureAgreement", a -> OptionalDouble.of(a.procedureAgreement()));
        put(out, "similarity", a -> OptionalDouble.of(a.similarity()));
        put(out, "similaritySameCategory", a -> OptionalDouble.of(a.similaritySameCategory()));
        put(out, "similarityRandom", a -> OptionalDouble.of(a.similarityRandom()));
        put(out, "beatsSameCategory", a -> OptionalDouble.of(a.beatsSameCategory()));
        put(out, "noPrecedent", a -> OptionalDouble.of(a.noPrecedent()));
        put(out, "aucPrecedents", AtK::aucPrecedents);
        put(out, "aucBaseRate", AtK::aucBaseRate);
        put(out, "aucBaseRateSmoothed", AtK::aucBaseRateSmoothed);
        put(out, "brierPrecedents", AtK::brierPrecedents);
        put(out, "brierBaseRate", AtK::brierBaseRate);
        ObjectNode latency = out.putObject("latencyMs");
        number(latency, "p50", latencyP50Ms);
        number(latency, "p95", latencyP95Ms);
        return out;
    }

    private void put(ObjectNode out, String name, Function<AtK, OptionalDouble> figure) {
        ObjectNode byKey = out.putObject(name);
        byK.forEach((k, atK) -> {
            OptionalDouble value = figure.apply(atK);
            number(byKey, String.valueOf(k), value.isPresent() ? value.getAsDouble() : Double.NaN);
        });
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, Math.round(value * 10_000) / 10_000.0);
        }
    }
}
