package org.imrarchive.analytics;

/**
 * The 95% Wilson score interval for a proportion. Chosen over the textbook normal ("Wald")
 * interval because archive groups are often small: Wilson stays inside [0, 1] and does not
 * collapse to zero width at 0 of n or n of n, where Wald claims false certainty.
 */
public record WilsonInterval(double low, double high) {

    /** The two-sided 95% standard normal quantile. */
    public static final double Z95 = 1.959964;

    public WilsonInterval {
        if (!(0 <= low && low <= high && high <= 1)) {
            throw new IllegalArgumentException("not an interval within [0, 1]: [" + low + ", " + high + "]");
        }
    }

    /** The interval for {@code successes} of {@code trials}; there is none for zero trials. */
    public static WilsonInterval of(long successes, long trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials > 0, got "
                    + successes + " of " + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = p + z2 / (2 * n);
        double margin = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At p = 0 (p = 1) the lower (upper) bound is exactly 0 (1); rounding would leave it a hair off.
        double low = successes == 0 ? 0 : Math.max(0, (centre - margin) / denominator);
        double high = successes == trials ? 1 : Math.min(1, (centre + margin) / denominator);
        return new WilsonInterval(low, high);
    }
}
