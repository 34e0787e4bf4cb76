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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
        assertThat(f).isEqualTo(DecisionFilter.of(Dimension.outcome, Outcome.OVERTURNED)
                .withText("lumbar fusion")
                .with(Dimension.procedure, "Lumbar MRI")
                .with(Dimension.category, ProcedureCategory.DIAGNOSTIC_IMAGING)
                .with(Dimension.bodyRegion, BodyRegion.LUMBAR_SPINE)
                .with(Dimension.guideline, GuidelineSource.ODG)
                .with(Dimension.specialty, "Orthopaedic Surgery")
                .with(Dimension.source, "DMHC_IMR")
                .with(Range.decisionDate, LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31))
                .with(Range.patientAge, 18, 65)
                .with(Dimension.year, 2014));
        assertThat(f.from()).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(f.to()).isEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(f.bounds(Range.patientAge)).isEqualTo(new DecisionFilter.Bounds("18", "65"));
    }

    @Test
    void facetParametersTakeSeveralValuesRepeatedOrCommaSeparated() {
        DecisionFilter f = DecisionFilter.fromParams(Map.of(
                "outcome", List.of("UPHELD", "overturned"),
                "specialty", List.of("Anesthesiology,Pain Medicine", " Neurology ", "Pain Medicine"),
                "year", List.of("2014,2015"),
                "procedure", List.of("Knee arthroscopy, partial meniscectomy", "Tramadol")));
        assertThat(f.selected(Dimension.outcome)).containsExactlyInAnyOrder("UPHELD", "OVERTURNED");
        assertThat(f.selected(Dimension.specialty)).containsExactly("Anesthesiology", "Neurology", "Pain Medicine");
        assertThat(f.selected(Dimension.procedure)).containsExactly("Knee arthroscopy, partial meniscectomy", "Tramadol");
        assertThat(f.selected(Dimension.outcome)).containsExactly("UPHELD", "OVERTURNED");
        assertThat(f.selected(Dimension.year)).containsExactly("2014", "2015");
        assertThat(f.selected(Dimension.category)).isEmpty();
    }

    @Test
    void blankOrRepeatedEqualValuesAreFine() {
        assertThat(DecisionFilter.fromParams(Map.of("q", List.of(" "), "specialty", List.of("", ","),
                "year", List.of("2014", "2014"), "from", List.of("2014-01-01", "2014-01-01")))).isEqualTo(
                DecisionFilter.of(Dimension.year, 2014).with(Range.decisionDate, "2014-01-01", null));
        assertThat(DecisionFilter.fromParams(Map.of())).isEqualTo(DecisionFilter.none());
        assertThat(DecisionFilter.none().selected(Dimension.outcome)).isEmpty();
    }

    @Test
    void badValuesAreRejectedWithAMessageThatSaysWhy() {
        assertRejected(Map.of("outcome", List.of("DENIED")), "outcome must be one of UPHELD, OVERTURNED, got 'DENIED'");
        assertRejected(Map.of("outcome", List.of("UPHELD,DENIED")), "outcome must be one of UPHELD, OVERTURNED, got 'DENIED'");
        assertRejected(Map.of("from", List.of("03/04/2014")), "from must be an ISO date (yyyy-MM-dd), got '03/04/2014'");
        assertRejected(Map.of("to", List.of("2014-02-30")), "to must be an ISO date");
        assertRejected(Map.of("ageMin", List.of("forty")), "ageMin must be a whole number, got 'forty'");
        assertRejected(Map.of("from", List.of("2014-01-01", "2015-01-01")),
                "from was given 2 different values [2014-01-01, 2015-01-01]; give one");
        assertRejected(Map.of("q", List.of("mri", "ct")), "q was given 2 different values");
        assertRejected(Map.of("year", List.of("20x4")), "year must be a four-digit year such as 2014, got '20x4'");
        assertRejected(Map.of("year", List.of("2014,3000")), "year must be between 1900 and 2100, got 3000");
        assertRejected(Map.of("category", List.of("pills")), "category must be one of MEDICATION,");
        assertRejected(Map.of("source", List.of("CA")), "source must be one of CA_DWC_IMR, DMHC_IMR, got 'CA'");
        assertRejected(Map.of("from", List.of("2015-01-01"), "to", List.of("2014-01-01")),
                "from (2015-01-01) is after to (2014-01-01)");
        assertRejected(Map.of("ageMin", List.of("60"), "ageMax", List.of("20")), "ageMin (60) is greater than ageMax (20)");
        assertRejected(Map.of("ageMax", List.of("-1")), "ages cannot be negative");
        assertRejected(Map.of("ageMax", List.of("200")), "ageMax must be at most 130, got 200");
        assertRejected(Map.of("to", List.of("9999-12-31")), "to must be between 1900-01-01 and 2100-12-31, got 9999-12-31");
        assertRejected(Map.of("q", List.of("\"lumbar")), "q has an unclosed quote");
        assertRejected(Map.of("procedure", List.of("x".repeat(300))), "procedure values are at most 256 characters long");
        String many = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "s" + i)
                .collect(java.util.stream.Collectors.joining(","));
        assertRejected(Map.of("specialty", List.of(many)), "specialty was given 101 values; at most 100");
    }

    @Test
    void groupingsAndIntervalsParseAndExplainThemselves() {
        assertThat(Dimension.grouping("BodyRegion")).isEqualTo(Dimension.bodyRegion);
        assertThatThrownBy(() -> Dimension.grouping("outcome")).hasMessageContaining("cannot group by 'outcome'");
        assertThatThrownBy(() -> Dimension.grouping("doctor")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot group by 'doctor': use one of procedure, category, bodyRegion, guideline, "
                        + "specialty, year, source, caseType");
        assertThat(Interval.fromParameter("quarter")).isEqualTo(Interval.quarter);
        assertThatThrownBy(() -> Interval.fromParameter("week")).hasMessage("unknown interval 'week': use one of month, quarter, year");
        assertThat(Interval.quarter.label(LocalDate.of(2014, 10, 1))).isEqualTo("2014-Q4");
        assertThat(Interval.month.label(LocalDate.of(2014, 3, 1))).isEqualTo("2014-03");
    }

    /** Every filtering dimension is read from its parameter, and selects by its values whatever the spelling. */
    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyFilteringDimensionIsReadFromItsParameter(Dimension dimension) {
        if (!dimension.filters()) {
            return;
        }
        Values values = dimension.valueSet();
        String value = values instanceof Values.Codes codes ? codes.codes().get(codes.codes().size() - 1)
                : values instanceof Values.Integers integers ? Integer.toString(integers.max()) : "Some name";
        DecisionFilter f = DecisionFilter.fromParams(Map.of(dimension.name(), List.of(" " + value.toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + " ")));
        String expected = dimension.valueSet() instanceof Values.Names ? value.toLowerCase(java.util.Locale.ROOT) : value;
        assertThat(f.selected(dimension)).as(dimension.name()).containsExactly(expected);
        assertThat(f).isEqualTo(DecisionFilter.of(dimension, expected));
        for (Dimension other : Dimension.values()) {
            if (other != dimension) {
                assertThat(f.selected(other)).isEmpty();
            }
        }
        assertThatThrownBy(() -> DecisionFilter.fromParams(Map.of(dimension.name(), List.of("x".repeat(300)))))
                .as(dimension.name()).hasMessageStartingWith(dimension.name() + " ");
    }

    private static void assertRejected(Map<String, List<String>> params, String message) {
        assertThatThrownBy(() -> DecisionFilter.fromParams(params))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
