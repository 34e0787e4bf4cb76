package org.imrarchive.api.precedent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion of several rankings of the same documents: each document scores the sum over the
 * rankings it appears in of {@code 1 / (k + rank)}, rank from 1. It needs no calibration between BM25 scores
 * and cosine similarities, only the orders. Done here because this Elasticsearch distribution has no
 * {@code rrf} retriever. A document in one ranking only keeps that ranking's share, so with a single ranking
 * (no vectors yet) the fused order is that ranking's.
 */
public final class RankFusion {

    /** The constant of the original paper (Cormack et al., 2009), which Elasticsearch's retriever also defaults to. */
    public static final int K = 60;

    private RankFusion() {
    }

    public record Fused(String id, double score) {
    }

    /** Ties (same score) go to the document ranked first by the earlier ranking, so the order is stable. */
    public static List<Fused> fuse(List<List<String>> rankings) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (List<String> ranking : rankings) {
            for (int i = 0; i < ranking.size(); i++) {
                scores.merge(ranking.get(i), 1.0 / (K + i + 1), Double::sum);
            }
        }
        List<Fused> fused = new ArrayList<>();
        scores.forEach((id, score) -> fused.add(new Fused(id, score)));
        // a stable sort: equal scores keep the order of first appearance
        fused.sort(Comparator.comparingDouble(Fused::score).reversed());
        return fused;
    }
}
