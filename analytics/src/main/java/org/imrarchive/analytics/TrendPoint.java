package org.imrarchive.analytics;

import java.time.LocalDate;

/**
 * One period of a trend; the figures mean what they mean in {@link UpholdRate}.
 *
 * @param period "2014-03" (month), "2014-Q1" (quarter) or "2014" (year)
 * @param start  the first day of the period, for charts that want a real date axis
 */
public record TrendPoint(
        String period,
        LocalDate start,
        long decisions,
        long upheld,
        long overturned,
        long undetermined,
        Double upholdRate,
        Double ci95Low,
        Double ci95High) {

    static TrendPoint of(String period, LocalDate start, OutcomeCounts counts) {
        WilsonInterval ci = counts.interval();
        return new TrendPoint(period, start, counts.decisions(), counts.upheld(), counts.overturned(),
                counts.undetermined(), counts.upholdRate(), ci == null ? null : ci.low(), ci == null ? null : ci.high());
    }
}
