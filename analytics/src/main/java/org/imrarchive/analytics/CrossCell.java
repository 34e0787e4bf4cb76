package org.imrarchive.analytics;

/** One cell of a {@link CrossTable}: the decisions in row group {@code row} and column group {@code col}. */
public record CrossCell(
        String row,
        String col,
        long decisions,
        long upheld,
        long overturned,
        long undetermined,
        Double upholdRate,
        Double ci95Low,
        Double ci95High) {

    static CrossCell of(String row, String col, OutcomeCounts counts) {
        WilsonInterval ci = counts.interval();
        return new CrossCell(row, col, counts.decisions(), counts.upheld(), counts.overturned(),
                counts.undetermined(), counts.upholdRate(), ci == null ? null : ci.low(), ci == null ? null : ci.high());
    }
}
