package org.imrarchive.eval.precedent;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.imrarchive.api.precedent.PrecedentRequest;
import org.imrarchive.api.precedent.PrecedentResult;
import org.imrarchive.api.precedent.Precedents;
import org.imrarchive.api.precedent.Retrieval;
import org.imrarchive.api.search.DecisionHit;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;

/**
 * Leave-one-letter-out over the archive: each decision is asked of the precedent finder with only what a reviewer
 * has before deciding (the item, the clinical summary, the guideline cited; never the rationale or the outcome),
 * its own letter is taken out of the answer, and the precedents are scored against what the decision actually said
 * and how it went. See {@link PrecedentQuality} for the figures.
 */
public final class PrecedentEvaluation {

    /** The seed of the baseline draws and of {@code sample}: a run is repeatable. */
    public static final long SEED = 20_161_201L;
    private static final int PAGE = 1000;
    private static final int MAX_QUERY_SIZE = 50;

    private final ArchiveGateway gateway;
    private final Precedents precedents;
    private final Retrieval retrieval;

    /** @param retrieval how precedents are found: words alone, or words fused with sentence vectors */
    public PrecedentEvaluation(ArchiveGateway gateway, Retrieval retrieval) {
        this.gateway = gateway;
        this.precedents = new Precedents(gateway);
        this.retrieval = retrieval;
    }

    /**
     * @param ks     the numbers of precedents to score (each at most 50)
     * @param sample hold out only this many decisions, drawn with {@link #SEED}; null for all
     */
    public PrecedentQuality run(List<Integer> ks, Integer sample) {
        List<Integer> sortedKs = ks.stream().distinct().sorted().toList();
        int maxK = sortedKs.get(sortedKs.size() - 1);
        List<DecisionDocument> pool = decisions();
        Map<String, DecisionDocument> byId = new HashMap<>();
        Map<String, Integer> perLetter = new HashMap<>();
        for (DecisionDocument d : pool) {
            byId.put(d.id(), d);
            perLetter.merge(d.letterId(), 1, Integer::sum);
        }
        ReasoningSimilarity tfidf = ReasoningSimilarity.fit(pool.stream().map(d -> text(d.rationale())).toList());
        Map<String, Map<String, Double>> vectors = new HashMap<>();
        pool.forEach(d -> vectors.put(d.id(), tfidf.vector(d.rationale())));
        BaseRates baseRates = new BaseRates(pool);

        List<DecisionDocument> heldOut = pool.stream().filter(d -> !text(d.rationale()).isBlank()).toList();
        int withoutRationale = pool.size() - heldOut.size();
        if (sample != null && sample < heldOut.size()) {
            heldOut = new SeededDraw<DecisionDocument>(SEED).draw(heldOut, sample, d -> true);
        }

        Map<Integer, Tally> tallies = new TreeMap<>();
        sortedKs.forEach(k -> tallies.put(k, new Tally()));
        SeededDraw<DecisionDocument> draws = new SeededDraw<>(SEED);
        List<Double> latencies = new ArrayList<>();
        int withOutcome = 0;
        int upheld = 0;
        for (DecisionDocument d : heldOut) {
            Boolean wasUpheld = upheld(d);
            if (wasUpheld != null) {
                withOutcome++;
                upheld += wasUpheld ? 1 : 0;
            }
            int size = Math.min(MAX_QUERY_SIZE, maxK + perLetter.get(d.letterId()));
            long start = System.nanoTime();
            PrecedentResult result = precedents.find(request(d, size), retrieval, d.letterId());
            latencies.add((System.nanoTime() - start) / 1e6);
            List<DecisionDocument> found = result.precedents().stream()
                    .map(p -> p.decision())
                    .filter(h -> !Objects.equals(h.letterId(), d.letterId()))
                    .map(DecisionHit::id).map(byId::get).filter(Objects::nonNull)
                    .toList();
            Map<String, Double> own = vectors.get(d.id());
            double baseRate = baseRates.of(d);
            double smoothedRate = baseRates.smoothed(d);
            for (int k : sortedKs) {
                List<DecisionDocument> top = found.subList(0, Math.min(k, found.size()));
                Tally t = tallies.get(k);
                t.heldOut++;
                if (top.isEmpty()) {
                    t.noPrecedent++;
                    continue;
                }
                t.precedents += top.size();
                t.sameProcedure += top.stream().filter(p -> sameProcedure(d, p)).count();
                double similarity = meanSimilarity(own, top, vectors);
                t.similarity.add(similarity);
                List<DecisionDocument> sameCategory = draws.draw(pool, top.size(),
                        p -> !p.letterId().equals(d.letterId()) && Objects.equals(category(p), category(d)));
                if (!sameCategory.isEmpty()) {
                    double drawn = meanSimilarity(own, sameCategory, vectors);
                    t.sameCategory.add(drawn);
                    t.beats += similarity > drawn ? 1 : 0;
                }
                List<DecisionDocument> anywhere = draws.draw(pool, top.size(), p -> !p.letterId().equals(d.letterId()));
                if (!anywhere.isEmpty()) {
                    t.random.add(meanSimilarity(own, anywhere, vectors));
                }
                if (wasUpheld != null) {
                    double share = top.stream().filter(p -> p.outcome() == Outcome.UPHELD).count()
                            / (double) top.size();
                    t.byPrecedents.add(new RocAuc.Scored(share, wasUpheld));
                    t.byBaseRate.add(new RocAuc.Scored(baseRate, wasUpheld));
                    t.bySmoothedRate.add(new RocAuc.Scored(smoothedRate, wasUpheld));
                }
            }
        }
        Map<Integer, PrecedentQuality.AtK> byK = new LinkedHashMap<>();
        tallies.forEach((k, t) -> byK.put(k, t.figures()));
        double[] ms = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        return new PrecedentQuality(perLetter.size(), heldOut.size(), withoutRationale,
                withOutcome == 0 ? Double.NaN : upheld / (double) withOutcome, byK,
                Percentiles.of(ms, 50), Percentiles.of(ms, 95));
    }

    /**
     * What the reviewer has before deciding. The guideline is the first one the decision cites, as the letter words
     * it (source, title and section), so the finder can match both the source and the words.
     */
    static PrecedentRequest request(DecisionDocument d, int size) {
        String guideline = d.guidelines() == null ? null : d.guidelines().stream()
                .map(g -> g.raw() != null ? g.raw() : g.label() != null ? g.label()
                        : g.source() == null ? null : g.source().name())
                .filter(Objects::nonNull).findFirst().orElse(null);
        String summary = d.clinicalSummary();
        if (summary != null && summary.length() > 20_000) {
            summary = summary.substring(0, 20_000);
        }
        if (guideline != null && guideline.length() > 1000) {
            guideline = guideline.substring(0, 1000);
        }
        String item = d.item().length() > 1000 ? d.item().substring(0, 1000) : d.item();
        return new PrecedentRequest(item, summary, guideline, size);
    }

    private static double meanSimilarity(Map<String, Double> own, List<DecisionDocument> others,
                                         Map<String, Map<String, Double>> vectors) {
        return others.stream().mapToDouble(o -> ReasoningSimilarity.cosine(own, vectors.get(o.id()))).average().orElse(0);
    }

    private static boolean sameProcedure(DecisionDocument a, DecisionDocument b) {
        String p = procedure(a);
        return p != null && p.equals(procedure(b));
    }

    static String procedure(DecisionDocument d) {
        return d.procedure() == null ? null : d.procedure().name();
    }

    static ProcedureCategory category(DecisionDocument d) {
        return d.procedure() == null ? null : d.procedure().category();
    }

    static Boolean upheld(DecisionDocument d) {
        return d.outcome() == Outcome.UPHELD ? Boolean.TRUE : d.outcome() == Outcome.OVERTURNED ? Boolean.FALSE : null;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Every decision with an item, in id order, with the fields the evaluation reads. */
    private List<DecisionDocument> decisions() {
        List<DecisionDocument> out = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<DecisionDocument> page = gateway.search(ArchiveIndex.DECISIONS, b -> {
                b.query(q -> q.exists(e -> e.field("item")))
                        .size(PAGE)
                        .source(s -> s.filter(f -> f.includes("id", "letterId", "item", "outcome", "procedure",
                                "guidelines", "rationale", "clinicalSummary")))
                        .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
                if (from != null) {
                    b.searchAfter(from);
                }
                return b;
            }, DecisionDocument.class);
            List<Hit<DecisionDocument>> hits = page.hits().hits();
            hits.stream().map(Hit::source).filter(d -> d.item() != null && !d.item().isBlank()).forEach(out::add);
            if (hits.size() < PAGE) {
                return out;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** The running sums for one k. */
    private static final class Tally {
        int heldOut;
        int noPrecedent;
        long precedents;
        long sameProcedure;
        int beats;
        final List<Double> similarity = new ArrayList<>();
        final List<Double> sameCategory = new ArrayList<>();
        final List<Double> random = new ArrayList<>();
        final List<RocAuc.Scored> byPrecedents = new ArrayList<>();
        final List<RocAuc.Scored> byBaseRate = new ArrayList<>();
        final List<RocAuc.Scored> bySmoothedRate = new ArrayList<>();

        PrecedentQuality.AtK figures() {
            return new PrecedentQuality.AtK(
                    precedents == 0 ? Double.NaN : sameProcedure / (double) precedents,
                    mean(similarity), mean(sameCategory), mean(random),
                    sameCategory.isEmpty() ? Double.NaN : beats / (double) sameCategory.size(),
                    heldOut == 0 ? Double.NaN : noPrecedent / (double) heldOut,
                    RocAuc.of(byPrecedents), RocAuc.of(byBaseRate), RocAuc.of(bySmoothedRate),
                    BrierScore.of(byPrecedents), BrierScore.of(byBaseRate));
        }

        private static double mean(List<Double> values) {
            OptionalDouble m = values.stream().mapToDouble(Double::doubleValue).average();
            return m.isPresent() ? m.getAsDouble() : Double.NaN;
        }
    }

    /**
     * The uphold rate of a decision's procedure over the other letters: the baseline a precedent list must beat.
     * A procedure no other letter decided falls back to the archive's rate over the other letters.
     */
    private static final class BaseRates {
        static final int PRIOR_DECISIONS = 10;
        private final Map<String, int[]> byProcedure = new HashMap<>();
        private final Map<String, Map<String, int[]>> byLetterAndProcedure = new HashMap<>();
        private final Map<String, int[]> byLetter = new HashMap<>();
        private final int[] all = new int[2];

        BaseRates(List<DecisionDocument> pool) {
            for (DecisionDocument d : pool) {
                Boolean up = upheld(d);
                if (up == null) {
                    continue;
                }
                int slot = up ? 0 : 1;
                all[slot]++;
                byLetter.computeIfAbsent(d.letterId(), l -> new int[2])[slot]++;
                String p = Objects.toString(procedure(d), "");
                byProcedure.computeIfAbsent(p, x -> new int[2])[slot]++;
                byLetterAndProcedure.computeIfAbsent(d.letterId(), l -> new HashMap<>())
                        .computeIfAbsent(p, x -> new int[2])[slot]++;
            }
        }

        double of(DecisionDocument d) {
            int[] procedure = otherLetters(d);
            int n = procedure[0] + procedure[1];
            if (!Objects.toString(procedure(d), "").isEmpty() && n > 0) {
                return procedure[0] / (double) n;
            }
            return archiveRate(d);
        }

        /**
         * Not the base rate, an extra figure: the procedure's rate over the other letters shrunk toward the
         * archive's, as if each procedure had also seen {@value #PRIOR_DECISIONS} decisions at the archive's rate. A
         * procedure with two other decisions then no longer scores 0 or 1, which is where the leave-one-out rate's
         * bias against the held-out outcome is largest.
         */
        double smoothed(DecisionDocument d) {
            int[] procedure = Objects.toString(procedure(d), "").isEmpty() ? new int[2] : otherLetters(d);
            return (procedure[0] + PRIOR_DECISIONS * archiveRate(d)) / (procedure[0] + procedure[1] + PRIOR_DECISIONS);
        }

        /** Upheld and overturned decisions on {@code d}'s procedure in the other letters. */
        private int[] otherLetters(DecisionDocument d) {
            String p = Objects.toString(procedure(d), "");
            int[] own = byLetterAndProcedure.getOrDefault(d.letterId(), Map.of()).getOrDefault(p, new int[2]);
            int[] total = byProcedure.getOrDefault(p, new int[2]);
            return new int[] {total[0] - own[0], total[1] - own[1]};
        }

        private double archiveRate(DecisionDocument d) {
            int[] letter = byLetter.getOrDefault(d.letterId(), new int[2]);
            int allUp = all[0] - letter[0];
            int allN = allUp + all[1] - letter[1];
            return allN == 0 ? 0.5 : allUp / (double) allN;
        }
    }
}
