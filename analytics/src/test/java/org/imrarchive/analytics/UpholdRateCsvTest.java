package org.imrarchive.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class UpholdRateCsvTest {

    private static final String AWKWARD = "Brace, \"custom\"\nfitted";

    @Test
    void quotesWhatNeedsQuotingAndParsesBack() throws IOException {
        List<UpholdRate> rates = List.of(UpholdRate.of(AWKWARD, 3, 1, 1), UpholdRate.of("Crème", 1, 0, 0));
        String csv = UpholdRateCsv.plain().byGroup(Dimension.procedure, rates);
        assertThat(csv).isEqualTo("procedure,decisions,upheld,overturned,undetermined,upholdRate,ci95Low,ci95High\r\n"
                + "\"Brace, \"\"custom\"\"\nfitted\",3,1,1,1,0.5000,0.0945,0.9055\r\n"
                + "Crème,1,0,0,1,,,\r\n");
        List<CSVRecord> records = parse(csv);
        assertThat(records.get(0).get("procedure")).isEqualTo(AWKWARD);
        assertThat(records.get(1).get("procedure")).isEqualTo("Crème");
        assertThat(records.get(1).get("upholdRate")).isEmpty();
    }

    @Test
    void aGroupNameThatAFormulaWouldRunIsWrittenAsText() throws IOException {
        String formula = "=HYPERLINK(\"http://x\")";
        String csv = UpholdRateCsv.forSpreadsheets().byGroup(Dimension.procedure, List.of(UpholdRate.of(formula, 2, 1, 1)));
        assertThat(csv).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",2,1,1,0,0.5000,");
        assertThat(parse(csv.substring(1)).get(0).get("procedure")).isEqualTo("'" + formula);
    }

    @Test
    void forSpreadsheetsStartsWithAByteOrderMark() {
        String csv = UpholdRateCsv.forSpreadsheets().byGroup(Dimension.year, List.of(UpholdRate.of("2014", 2, 1, 1)));
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(new byte[] {utf8[0], utf8[1], utf8[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(csv.substring(1)).startsWith("year,decisions,");
    }

    @Test
    void trendHasAPeriodPerRowAndTheUndatedLast() throws IOException {
        TrendReport report = new TrendReport(Interval.quarter, List.of(
                TrendPoint.of("2014-Q1", LocalDate.of(2014, 1, 1), new OutcomeCounts(40, 31, 9)),
                TrendPoint.of("2014-Q2", LocalDate.of(2014, 4, 1), new OutcomeCounts(0, 0, 0))), 2);
        List<CSVRecord> records = parse(UpholdRateCsv.plain().trend(report));
        assertThat(records).extracting(r -> List.of(r.get("quarter"), r.get("start"), r.get("decisions"), r.get("upholdRate")))
                .containsExactly(
                        List.of("2014-Q1", "2014-01-01", "40", "0.7750"),
                        List.of("2014-Q2", "2014-04-01", "0", ""),
                        List.of("(undated)", "", "2", ""));
    }

    @Test
    void crossIsOneRowPerCell() throws IOException {
        CrossTable table = new CrossTable(Dimension.procedure, Dimension.specialty, List.of("MRI, lumbar"), List.of("Pain"),
                List.of(UpholdRate.of("MRI, lumbar", 4, 3, 1)), List.of(UpholdRate.of("Pain", 4, 3, 1)),
                List.of(CrossCell.of("MRI, lumbar", "Pain", new OutcomeCounts(4, 3, 1))));
        List<CSVRecord> records = parse(UpholdRateCsv.plain().cross(table));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).toMap()).containsEntry("procedure", "MRI, lumbar").containsEntry("specialty", "Pain")
                .containsEntry("decisions", "4").containsEntry("upheld", "3").containsEntry("upholdRate", "0.7500");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
