package org.imrarchive.eval.precedent;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The area under the ROC curve of a score as a predictor of a yes/no outcome: the chance that a random positive
 * scores above a random negative, ties counting half (the Mann-Whitney statistic, with mid-ranks for ties).
 */
public final class RocAuc {

    private RocAuc() {
    }

    /** A prediction and what happened. */
    public record Scored(double score, boolean positive) {
    }

    /** Empty when there are no positives or no negatives: nothing to rank against. */
    public static OptionalDouble of(List<Scored> scored) {
        long positives = scored.stream().filter(Scored::positive).count();
        long negatives = scored.size() - positives;
        if (positives == 0 || negatives == 0) {
            return OptionalDouble.empty();
        }
        Scored[] sorted = scored.toArray(Scored[]::new);
        Arrays.sort(sorted, Comparator.comparingDouble(Scored::score));
        double positiveRankSum = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j].score() == sorted[i].score()) {
                j++;
            }
            double midRank = (i + 1 + j) / 2.0; // ranks i+1 .. j share their mean
            for (int t = i; t < j; t++) {
                if (sorted[t].positive()) {
                    positiveRankSum += midRank;
                }
            }
            i = j;
        }
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return OptionalDouble.of(u / ((double) positives * negatives));
    }
}
