package org.imrarchive.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpholdRateTableTest {

    @Test
    void alignsColumnsAndShowsPercentages() {
        String table = UpholdRateTable.byGroup(Dimension.procedure, List.of(
                UpholdRate.of("Lumbar MRI", 40, 31, 9),
                UpholdRate.of("Home health aide", 1, 0, 0)));
        assertThat(table).isEqualTo(
                "procedure         decisions  upheld  overturned  undetermined  uphold rate         95% CI\n"
                + "Lumbar MRI               40      31           9             0        77.5%  [62.5%–87.7%]\n"
                + "Home health aide          1       0           0             1          n/a            n/a\n");
    }

    @Test
    void trendMentionsUndatedDecisions() {
        String table = UpholdRateTable.trend(new TrendReport(Interval.year,
                List.of(TrendPoint.of("2014", LocalDate.of(2014, 1, 1), new OutcomeCounts(2, 1, 1))), 3));
        assertThat(table).startsWith("year  decisions").contains("\n2014          2 ")
                .endsWith("3 decisions without a date not shown\n");
    }

    @Test
    void crossIsAMatrixWithTotals() {
        CrossTable table = new CrossTable(Dimension.procedure, Dimension.year, List.of("MRI", "PT"), List.of("2014", "2015"),
                List.of(UpholdRate.of("MRI", 3, 2, 1), UpholdRate.of("PT", 1, 1, 0)),
                List.of(UpholdRate.of("2014", 3, 3, 0), UpholdRate.of("2015", 1, 0, 1)),
                List.of(CrossCell.of("MRI", "2014", new OutcomeCounts(2, 2, 0)),
                        CrossCell.of("MRI", "2015", new OutcomeCounts(1, 0, 1)),
                        CrossCell.of("PT", "2014", new OutcomeCounts(1, 1, 0))));
        assertThat(UpholdRateTable.cross(table)).isEqualTo(
                "procedure \\ year        2014      2015       total\n"
                + "MRI               100.0% (2)  0.0% (1)   66.7% (3)\n"
                + "PT                100.0% (1)            100.0% (1)\n"
                + "total             100.0% (3)  0.0% (1)\n");
    }
}
