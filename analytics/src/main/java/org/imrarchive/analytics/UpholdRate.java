package org.imrarchive.analytics;

import java.util.Comparator;

/**
 * The uphold rate of one group of decisions.
 *
 * @param group        the group's value ("Lumbar MRI", "SURGERY", "2014"), or {@value #NONE} for the
 *                     decisions that have no value for the grouping field
 * @param decisions    disputed items in the group, whatever their outcome
 * @param upheld       items whose utilization-review denial stands
 * @param overturned   items whose denial was reversed
 * @param undetermined items without a known outcome: in {@code decisions}, not in the rate
 * @param upholdRate   upheld / (upheld + overturned); null when no item in the group was decided
 * @param ci95Low      lower bound of the 95% Wilson score interval of the rate; null with the rate
 * @param ci95High     upper bound of that interval; null with the rate
 */
public record UpholdRate(
        String group,
        long decisions,
        long upheld,
        long overturned,
        long undetermined,
        Double upholdRate,
        Double ci95Low,
        Double ci95High) {

    /** The group of decisions that have no value for the grouping field. */
    public static final String NONE = "(none)";

    /**
     * The report order: largest groups first; among groups of the same size, named groups before
     * {@value #NONE}, then by name, so that output is stable.
     */
    public static final Comparator<UpholdRate> BY_DECISIONS_THEN_GROUP =
            Comparator.comparingLong(UpholdRate::decisions).reversed()
                    .thenComparing(r -> NONE.equals(r.group()))
                    .thenComparing(UpholdRate::group);

    /** The figures of a group from its counts. */
    public static UpholdRate of(String group, long decisions, long upheld, long overturned) {
        return of(group, new OutcomeCounts(decisions, upheld, overturned));
    }

    static UpholdRate of(String group, OutcomeCounts counts) {
        WilsonInterval ci = counts.interval();
        return new UpholdRate(group, counts.decisions(), counts.upheld(), counts.overturned(), counts.undetermined(),
                counts.upholdRate(), ci == null ? null : ci.low(), ci == null ? null : ci.high());
    }
}
