package org.imrarchive.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV that a spreadsheet opens without running anything: RFC 4180 (comma separated, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break, quotes doubled), with text cells defused
 * against formula injection as OWASP advises. The one writer of every CSV the archive hands out.
 *
 * <p>A text cell that begins with {@code = + - @}, a tab or a carriage return is one Excel, LibreOffice
 * or Google Sheets would read as a formula: a letter's item {@code =HYPERLINK("http://x")} would become
 * a live link. Such a cell is written with a leading single quote and in double quotes
 * ({@code "'=HYPERLINK(""http://x"")"}): the spreadsheet shows it as text, the quote marking it so.
 *
 * <p>Numbers are written as they are and never defused: a cell is a number only when it was one
 * ({@link Number}), so {@code -5} in a figure column stays a number a spreadsheet computes with, while
 * the text "-5" from a letter is defused like any other text. {@code null} is an empty field.
 */
public final class SpreadsheetCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final CSVFormat MINIMAL = CSVFormat.RFC4180;
    private static final CSVFormat QUOTED = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private SpreadsheetCsv() {
    }

    /**
     * The header and rows as CSV text, started with a UTF-8 byte order mark when asked (Excel reads a CSV
     * file without one in the machine's legacy code page).
     */
    public static String write(List<String> header, List<? extends List<?>> rows, boolean byteOrderMark) {
        StringWriter out = new StringWriter();
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        try {
            record(out, header);
            for (List<?> row : rows) {
                record(out, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen writing to a string", e);
        }
        return out.toString();
    }

    /** Whether a spreadsheet would take this text for a formula (OWASP's leading characters). */
    public static boolean startsLikeAFormula(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static void record(StringWriter out, List<?> cells) throws IOException {
        boolean first = true;
        for (Object cell : cells) {
            if (cell instanceof CharSequence text && startsLikeAFormula(text)) {
                QUOTED.print("'" + text, out, first);
            } else {
                MINIMAL.print(cell, out, first);
            }
            first = false;
        }
        MINIMAL.println(out);
    }
}
