package org.imrarchive.analytics;

import java.util.List;
import java.util.Optional;

/**
 * A two-way table of uphold rates.
 *
 * <p>The margins ({@code rowTotals}, {@code colTotals}) are counted by Elasticsearch on their own,
 * not summed from the cells: with a multi-valued grouping (guideline) a decision sits in several
 * cells of its row, and a sum would count it more than once.
 *
 * @param rowKeys   row groups, largest first (the order of {@code rowTotals})
 * @param colKeys   column groups, largest first (the order of {@code colTotals})
 * @param cells     only the non-empty cells, in row then column order; a missing cell has no decisions
 */
public record CrossTable(
        Dimension rows,
        Dimension cols,
        List<String> rowKeys,
        List<String> colKeys,
        List<UpholdRate> rowTotals,
        List<UpholdRate> colTotals,
        List<CrossCell> cells) {

    public CrossTable {
        rowKeys = List.copyOf(rowKeys);
        colKeys = List.copyOf(colKeys);
        rowTotals = List.copyOf(rowTotals);
        colTotals = List.copyOf(colTotals);
        cells = List.copyOf(cells);
    }

    /** The cell at row group {@code row} and column group {@code col}; empty when no decision is in it. */
    public Optional<CrossCell> cell(String row, String col) {
        return cells.stream().filter(c -> c.row().equals(row) && c.col().equals(col)).findFirst();
    }
}
