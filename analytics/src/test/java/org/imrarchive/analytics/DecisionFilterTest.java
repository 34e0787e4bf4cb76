package org.imrarchive.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;
import org.junit.jupiter.api.Test;

class DecisionFilterTest {

    @Test
    void readsEveryParameter() {
        DecisionFilter f = DecisionFilter.fromParams(Map.ofEntries(
                Map.entry("q", List.of("lumbar fusion")),
                Map.entry("outcome", List.of("overturned")),
                Map.entry("procedure", List.of("Lumbar MRI")),
                Map.entry("category", List.of("diagnostic-imaging")),
                Map.entry("bodyRegion", List.of("lumbar spine")),
                Map.entry("guideline", List.of("odg")),
                Map.entry("specialty", List.of("Orthopaedic Surgery")),
                Map.entry("source", List.of("dmhc_imr")),
                Map.entry("from", List.of("2014-01-01")),
                Map.entry("to", List.of("2014-12-31")),
                Map.entry("ageMin", List.of("18")),
                Map.entry("ageMax", List.of("65")),
                Map.entry("year", List.of("2014")),
                Map.entry("by", List.of("procedure"))));
        assertThat(f).isEqualTo(new DecisionFilter("lumbar fusion", Outcome.OVERTURNED, "Lumbar MRI",
                ProcedureCategory.DIAGNOSTIC_IMAGING, BodyRegion.LUMBAR_SPINE, GuidelineSource.ODG,
                "Orthopaedic Surgery", "DMHC_IMR", LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31), 18, 65, 2014));
    }

    @Test
    void blankOrRepeatedEqualValuesAreFine() {
        assertThat(DecisionFilter.fromParams(Map.of("q", List.of(" "), "specialty", List.of(""),
                "year", List.of("2014", "2014")))).isEqualTo(
                new DecisionFilter(null, null, null, null, null, null, null, null, null, null, null, null, 2014));
        assertThat(DecisionFilter.fromParams(Map.of())).isEqualTo(DecisionFilter.none());
    }

    @Test
    void badValuesAreRejectedWithAMessageThatSaysWhy() {
        assertRejected(Map.of("outcome", List.of("DENIED")), "outcome must be one of UPHELD, OVERTURNED, got 'DENIED'");
        assertRejected(Map.of("from", List.of("03/04/2014")), "from must be an ISO date (yyyy-MM-dd), got '03/04/2014'");
        assertRejected(Map.of("to", List.of("2014-02-30")), "to must be an ISO date");
        assertRejected(Map.of("ageMin", List.of("forty")), "ageMin must be a whole number, got 'forty'");
        assertRejected(Map.of("year", List.of("2014", "2015")), "year was given 2 different values");
        assertRejected(Map.of("category", List.of("pills")), "category must be one of MEDICATION,");
        assertRejected(Map.of("source", List.of("CA")), "source must be one of CA_DWC_IMR, DMHC_IMR, got 'CA'");
        assertRejected(Map.of("from", List.of("2015-01-01"), "to", List.of("2014-01-01")),
                "from (2015-01-01) is after to (2014-01-01)");
        assertRejected(Map.of("ageMin", List.of("60"), "ageMax", List.of("20")), "ageMin (60) is greater than ageMax (20)");
        assertRejected(Map.of("ageMax", List.of("-1")), "ages cannot be negative");
        assertRejected(Map.of("to", List.of("9999-12-31")), "to must be between 1900-01-01 and 2100-12-31, got 9999-12-31");
    }

    @Test
    void groupingsAndIntervalsParseAndExplainThemselves() {
        assertThat(Grouping.fromParameter("BodyRegion")).isEqualTo(Grouping.bodyRegion);
        assertThatThrownBy(() -> Grouping.fromParameter("doctor")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot group by 'doctor': use one of procedure, category, bodyRegion, guideline, "
                        + "specialty, year, source");
        assertThat(Interval.fromParameter("quarter")).isEqualTo(Interval.quarter);
        assertThatThrownBy(() -> Interval.fromParameter("week")).hasMessage("unknown interval 'week': use one of month, quarter, year");
        assertThat(Interval.quarter.label(LocalDate.of(2014, 10, 1))).isEqualTo("2014-Q4");
        assertThat(Interval.month.label(LocalDate.of(2014, 3, 1))).isEqualTo("2014-03");
    }

    private static void assertRejected(Map<String, List<String>> params, String message) {
        assertThatThrownBy(() -> DecisionFilter.fromParams(params))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
