package org.imrarchive.eval.precedent;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample: p50 of 1..100 is 50, p95 is 95. */
public final class Percentiles {

    private Percentiles() {
    }

    /** @param p in (0, 100]; NaN for an empty sample */
    public static double of(double[] sample, double p) {
        if (sample.length == 0) {
            return Double.NaN;
        }
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
