package org.imrarchive.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Uphold-rate figures as plain text for a terminal: aligned columns, the rate as a percentage with
 * one decimal and the 95% interval as {@code [62.5%–87.7%]}; "n/a" where nothing was decided.
 */
public final class UpholdRateTable {

    private static final List<String> FIGURES =
            List.of("decisions", "upheld", "overturned", "undetermined", "uphold rate", "95% CI");

    private UpholdRateTable() {
    }

    public static String byGroup(Dimension by, List<UpholdRate> rates) {
        List<List<String>> rows = new ArrayList<>();
        for (UpholdRate r : rates) {
            rows.add(row(r.group(), r.decisions(), r.upheld(), r.overturned(), r.undetermined(),
                    r.upholdRate(), r.ci95Low(), r.ci95High()));
        }
        return render(header(by.name()), rows, "");
    }

    public static String trend(TrendReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (TrendPoint p : report.points()) {
            rows.add(row(p.period(), p.decisions(), p.upheld(), p.overturned(), p.undetermined(),
                    p.upholdRate(), p.ci95Low(), p.ci95High()));
        }
        String footer = report.undated() == 0 ? ""
                : report.undated() + " decision" + (report.undated() == 1 ? "" : "s") + " without a date not shown\n";
        return render(header(report.interval().name()), rows, footer);
    }

    /**
     * The cross table as a matrix: each cell is "rate (decisions)", empty when no decision is in it;
     * the last column and row are the totals.
     */
    public static String cross(CrossTable table) {
        List<String> header = new ArrayList<>();
        header.add(table.rows().name() + " \\ " + table.cols().name());
        header.addAll(table.colKeys());
        header.add("total");
        List<List<String>> rows = new ArrayList<>();
        for (UpholdRate rowTotal : table.rowTotals()) {
            List<String> row = new ArrayList<>();
            row.add(rowTotal.group());
            for (String col : table.colKeys()) {
                row.add(table.cell(rowTotal.group(), col).map(c -> cell(c.upholdRate(), c.decisions())).orElse(""));
            }
            row.add(cell(rowTotal.upholdRate(), rowTotal.decisions()));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add("total");
        for (UpholdRate colTotal : table.colTotals()) {
            totals.add(cell(colTotal.upholdRate(), colTotal.decisions()));
        }
        totals.add("");
        rows.add(totals);
        return render(header, rows, "");
    }

    private static List<String> header(String key) {
        List<String> header = new ArrayList<>();
        header.add(key);
        header.addAll(FIGURES);
        return header;
    }

    private static List<String> row(String key, long decisions, long upheld, long overturned, long undetermined,
                                    Double rate, Double low, Double high) {
        return List.of(key, Long.toString(decisions), Long.toString(upheld), Long.toString(overturned),
                Long.toString(undetermined), percent(rate),
                low == null ? "n/a" : "[" + percent(low) + "–" + percent(high) + "]");
    }

    private static String cell(Double rate, long decisions) {
        return percent(rate) + " (" + decisions + ")";
    }

    static String percent(Double proportion) {
        return proportion == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", proportion * 100);
    }

    /** The first column left-aligned (names), the others right-aligned (numbers), two spaces apart. */
    private static String render(List<String> header, List<List<String>> rows, String footer) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String value = row.get(i);
                String padding = " ".repeat(widths[i] - value.codePointCount(0, value.length()));
                if (i > 0) {
                    line.append("  ");
                }
                line.append(i == 0 ? value + padding : padding + value);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.append(footer).toString();
    }
}
