package org.imrarchive.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP's CSV injection advice: a text cell a spreadsheet would run as a formula is written as text. */
class SpreadsheetCsvTest {

    private static final List<String> HEADER = List.of("procedure", "decisions");

    /** One case per leading character OWASP names: = + - @ tab carriage return. */
    @ParameterizedTest(name = "a cell starting with {0} is defused")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1"})
    void aTextCellThatStartsLikeAFormulaIsQuotedAndPrefixed(String item) throws IOException {
        String csv = SpreadsheetCsv.write(HEADER, List.of(Arrays.asList(item, 3L)), false);

        String expected = "\"'" + item.replace("\"", "\"\"") + "\"";
        assertThat(csv).isEqualTo("procedure,decisions\r\n" + expected + ",3\r\n");
        CSVRecord row = parse(csv).get(0);
        assertThat(row.get("procedure")).isEqualTo("'" + item);
        assertThat(row.get("decisions")).isEqualTo("3");
    }

    @Test
    void textThatOnlyHoldsAFormulaCharacterLaterIsLeftAlone() {
        String csv = SpreadsheetCsv.write(HEADER, List.of(List.of("Knee MRI = left", 1L), List.of("L4-5 fusion", 2L),
                List.of(" =1+1", 3L)), false);
        assertThat(csv).isEqualTo("procedure,decisions\r\nKnee MRI = left,1\r\nL4-5 fusion,2\r\n\" =1+1\",3\r\n");
    }

    @Test
    void numbersStayNumbersEvenNegativeWhileTextThatLooksNegativeIsDefused() {
        List<List<?>> rows = List.of(
                Arrays.asList("-5", -5L, new BigDecimal("-0.2500"), null),
                Arrays.asList("Norco", 0L, new BigDecimal("0.0001"), null));
        String csv = SpreadsheetCsv.write(List.of("procedure", "change", "rate", "empty"), rows, false);
        assertThat(csv).isEqualTo("procedure,change,rate,empty\r\n\"'-5\",-5,-0.2500,\r\nNorco,0,0.0001,\r\n");
    }

    @Test
    void aByteOrderMarkWhenAsked() {
        assertThat(SpreadsheetCsv.write(HEADER, List.of(), true)).isEqualTo("\uFEFFprocedure,decisions\r\n");
        assertThat(SpreadsheetCsv.write(HEADER, List.of(), false)).isEqualTo("procedure,decisions\r\n");
    }

    @Test
    void whatStartsLikeAFormula() {
        assertThat(List.of("=", "+", "-", "@", "\t", "\r", "=x", "-1")).allMatch(SpreadsheetCsv::startsLikeAFormula);
        assertThat(List.of("", " ", "a=b", "1-2", "'=x", "\n=x", "#x")).noneMatch(SpreadsheetCsv::startsLikeAFormula);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
