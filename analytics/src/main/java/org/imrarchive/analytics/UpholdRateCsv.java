package org.imrarchive.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Uphold-rate figures as CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break, quotes doubled), one header row.
 *
 * <p>The text is meant to be sent or written as UTF-8. {@link #forSpreadsheets()} starts it with a
 * byte order mark (U+FEFF) because Excel reads a CSV file without one in the machine's legacy code
 * page and garbles every non-ASCII character; LibreOffice and Google Sheets ignore the mark.
 * {@link #plain()} leaves it out, for programs and terminals.
 *
 * <p>Rates and bounds are proportions (0.7750, not 77.5%) with four decimals, so a spreadsheet
 * computes with them; a rate that does not exist (nothing decided) is an empty field.
 */
public final class UpholdRateCsv {

    private static final List<String> FIGURES =
            List.of("decisions", "upheld", "overturned", "undetermined", "upholdRate", "ci95Low", "ci95High");

    private final boolean byteOrderMark;

    private UpholdRateCsv(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    /** CSV for a download a spreadsheet opens: with a UTF-8 byte order mark. */
    public static UpholdRateCsv forSpreadsheets() {
        return new UpholdRateCsv(true);
    }

    /** CSV without a byte order mark. */
    public static UpholdRateCsv plain() {
        return new UpholdRateCsv(false);
    }

    /** One row per group; the first column is named after the grouping ("procedure"). */
    public String byGroup(Dimension by, List<UpholdRate> rates) {
        List<List<Object>> rows = new ArrayList<>();
        for (UpholdRate r : rates) {
            rows.add(row(List.of(r.group()), r.decisions(), r.upheld(), r.overturned(), r.undetermined(),
                    r.upholdRate(), r.ci95Low(), r.ci95High()));
        }
        return write(header(by.name()), rows);
    }

    /**
     * One row per period, oldest first, then a row "(undated)" with the number of decisions that
     * have no decision date when there are any (its other fields are empty).
     */
    public String trend(TrendReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint p : report.points()) {
            rows.add(row(List.of(p.period(), p.start().toString()), p.decisions(), p.upheld(), p.overturned(),
                    p.undetermined(), p.upholdRate(), p.ci95Low(), p.ci95High()));
        }
        if (report.undated() > 0) {
            rows.add(row(List.of("(undated)", ""), report.undated(), null, null, null, null, null, null));
        }
        return write(header(report.interval().name(), "start"), rows);
    }

    /**
     * The cross table in long form, one row per non-empty cell (row group, column group, figures):
     * the shape a pivot table takes as input, and one that holds counts and intervals without loss.
     */
    public String cross(CrossTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (CrossCell c : table.cells()) {
            rows.add(row(List.of(c.row(), c.col()), c.decisions(), c.upheld(), c.overturned(), c.undetermined(),
                    c.upholdRate(), c.ci95Low(), c.ci95High()));
        }
        // Two groupings are distinct (UpholdRates.cross rejects equal ones), so the header names are too.
        return write(header(table.rows().name(), table.cols().name()), rows);
    }

    private static List<String> header(String... keys) {
        List<String> header = new ArrayList<>(List.of(keys));
        header.addAll(FIGURES);
        return header;
    }

    private static List<Object> row(List<String> keys, Long decisions, Long upheld, Long overturned, Long undetermined,
                                    Double rate, Double low, Double high) {
        List<Object> row = new ArrayList<>(keys);
        row.add(decisions);
        row.add(upheld);
        row.add(overturned);
        row.add(undetermined);
        row.add(proportion(rate));
        row.add(proportion(low));
        row.add(proportion(high));
        return row;
    }

    /**
     * Four decimals, never scientific notation (Double.toString writes 1.0E-4; a BigDecimal of scale 4
     * prints plainly down to 0.0001). A number, so the CSV writer leaves it a number.
     */
    static BigDecimal proportion(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private String write(List<String> header, List<List<Object>> rows) {
        return SpreadsheetCsv.write(header, rows, byteOrderMark);
    }
}
