package org.imrarchive.analytics;

import java.util.List;

/**
 * The uphold rate per calendar period, oldest first, from the first period with a decision to the
 * last (or over the filter's from..to when it gives them): periods in between without decisions are
 * present with zero counts (and a null rate), so a chart shows the gap instead of joining its neighbours.
 *
 * @param undated decisions the filter matched that belong to no period: without a decision date for
 *                months and quarters, without a year for years (DMHC rows have a year but no date)
 */
public record TrendReport(Interval interval, List<TrendPoint> points, long undated) {

    public TrendReport {
        points = List.copyOf(points);
    }
}
