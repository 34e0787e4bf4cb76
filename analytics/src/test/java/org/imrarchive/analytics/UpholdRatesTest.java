package org.imrarchive.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.imrarchive.analytics.ArchiveFixture.KNEE;
import static org.imrarchive.analytics.ArchiveFixture.PM_R;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every figure against the fixture archive of {@link ArchiveFixture}, whose counts are known by construction. */
class UpholdRatesTest {

    private static ArchiveGateway gateway;
    private static UpholdRates rates;

    @BeforeAll
    static void loadFixture() {
        gateway = TestCluster.freshArchive("analytics-rates");
        ArchiveFixture.load(gateway);
        rates = new UpholdRates(gateway);
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    private static DecisionFilter filter(String... nameValuePairs) {
        java.util.Map<String, List<String>> params = new java.util.HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            params.put(nameValuePairs[i], List.of(nameValuePairs[i + 1]));
        }
        return DecisionFilter.fromParams(params);
    }

    /** group, decisions, upheld, overturned, undetermined: the rate follows from them (checked in rateAndInterval). */
    private static Object[] counts(UpholdRate r) {
        return new Object[] {r.group(), r.decisions(), r.upheld(), r.overturned(), r.undetermined()};
    }

    private static Object[] row(String group, long decisions, long upheld, long overturned, long undetermined) {
        return new Object[] {group, decisions, upheld, overturned, undetermined};
    }

    @Test
    void theFixtureIsWhatItSaysItIs() {
        assertThat(gateway.count(ArchiveIndex.DECISIONS)).isEqualTo(58);
        UpholdRate all = rates.total(DecisionFilter.none());
        assertThat(counts(all)).containsExactly(row("(all)", 58, 38, 16, 4));
        assertThat(all.upholdRate()).isEqualTo(38.0 / 54);
    }

    @Test
    void byProcedureCountsEveryItemOnceInItsOwnGroupLargestFirst() {
        assertThat(rates.by(Dimension.procedure, DecisionFilter.none(), 0)).extracting(UpholdRatesTest::counts)
                .containsExactly(
                        row("Lumbar MRI", 40, 31, 9, 0),
                        // 10 one-item letters (cohort C) and item 1 of letter M
                        row("Tramadol", 11, 5, 4, 2),
                        // cohort F has no procedure at all
                        row(UpholdRate.NONE, 2, 1, 0, 1),
                        // groups of one, ties in name order
                        row("Acupuncture", 1, 1, 0, 0),
                        row("Home health aide", 1, 0, 0, 1),
                        row(KNEE, 1, 0, 1, 0),
                        row("Physical therapy", 1, 0, 1, 0),
                        row("Psychotherapy", 1, 0, 1, 0));
    }

    @Test
    void rateAndIntervalFollowTheWilsonFormula() {
        UpholdRate mri = rates.by(Dimension.procedure, DecisionFilter.none(), 0).get(0);
        assertThat(mri.group()).isEqualTo("Lumbar MRI");
        assertThat(mri.upholdRate()).isEqualTo(31.0 / 40);
        // By hand: p = 0.775, n = 40, z = 1.959964
        double z = 1.959964;
        double n = 40;
        double p = 31 / n;
        double centre = p + z * z / (2 * n);
        double margin = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        double denominator = 1 + z * z / n;
        assertThat(mri.ci95Low()).isCloseTo((centre - margin) / denominator, within(1e-12));
        assertThat(mri.ci95High()).isCloseTo((centre + margin) / denominator, within(1e-12));
        // The same as R's prop.test(31, 40, correct = FALSE)$conf.int: 0.6249690 0.8768391
        assertThat(mri.ci95Low()).isCloseTo(0.6249690, within(1e-7));
        assertThat(mri.ci95High()).isCloseTo(0.8768391, within(1e-7));
    }

    @Test
    void aGroupOfOneHasAnExtremeRateAndAWideInterval() {
        List<UpholdRate> byProcedure = rates.by(Dimension.procedure, DecisionFilter.none(), 0);
        UpholdRate acupuncture = find(byProcedure, "Acupuncture");
        assertThat(acupuncture.upholdRate()).isEqualTo(1.0);
        assertThat(acupuncture.ci95Low()).isCloseTo(0.2065493, within(1e-7));
        assertThat(acupuncture.ci95High()).isEqualTo(1.0);
        UpholdRate knee = find(byProcedure, KNEE);
        assertThat(knee.upholdRate()).isEqualTo(0.0);
        assertThat(knee.ci95Low()).isEqualTo(0.0);
        assertThat(knee.ci95High()).isCloseTo(0.7934507, within(1e-7));
    }

    @Test
    void decisionsWithoutAnOutcomeCountButHaveNoRate() {
        List<UpholdRate> byProcedure = rates.by(Dimension.procedure, DecisionFilter.none(), 0);
        UpholdRate homeHealth = find(byProcedure, "Home health aide");
        assertThat(homeHealth.decisions()).isEqualTo(1);
        assertThat(homeHealth.undetermined()).isEqualTo(1);
        assertThat(homeHealth.upholdRate()).isNull();
        assertThat(homeHealth.ci95Low()).isNull();
        assertThat(homeHealth.ci95High()).isNull();
        // Tramadol: 5 upheld, 4 overturned, 2 undetermined -> 5 / 9, not 5 / 11
        UpholdRate tramadol = find(byProcedure, "Tramadol");
        assertThat(tramadol.upholdRate()).isEqualTo(5.0 / 9);
        assertThat(tramadol.ci95Low()).isCloseTo(WilsonInterval.of(5, 9).low(), within(1e-12));
    }

    @Test
    void everyGroupingReadsItsField() {
        assertThat(rates.by(Dimension.category, DecisionFilter.none(), 0)).extracting(UpholdRatesTest::counts)
                .containsExactly(
                        row("DIAGNOSTIC_IMAGING", 40, 31, 9, 0),
                        row("MEDICATION", 11, 5, 4, 2),
                        row(UpholdRate.NONE, 2, 1, 0, 1),
                        row("ACUPUNCTURE", 1, 1, 0, 0),
                        row("HOME_HEALTH", 1, 0, 0, 1),
                        row("PHYSICAL_THERAPY", 1, 0, 1, 0),
                        row("PSYCHOLOGICAL", 1, 0, 1, 0),
                        row("SURGERY", 1, 0, 1, 0));
        assertThat(rates.by(Dimension.bodyRegion, DecisionFilter.none(), 0)).extracting(UpholdRatesTest::counts)
                .containsExactly(
                        // A, B, D and M2
                        row("LUMBAR_SPINE", 42, 32, 10, 0),
                        row("NONE", 11, 5, 4, 2),
                        // F, G and M3
                        row(UpholdRate.NONE, 4, 1, 1, 2),
                        row("KNEE", 1, 0, 1, 0));
        assertThat(rates.by(Dimension.specialty, DecisionFilter.none(), 0)).extracting(UpholdRatesTest::counts)
                .containsExactly(
                        row("Orthopaedic Surgery", 41, 31, 10, 0),
                        row("Pain Medicine", 10, 4, 4, 2),
                        // letter M: three items, three outcomes, each counted once
                        row(PM_R, 3, 1, 1, 1),
                        // F and G; at equal size named groups come first
                        row(UpholdRate.NONE, 3, 1, 1, 1),
                        row("Acupuncturist", 1, 1, 0, 0));
        assertThat(rates.by(Dimension.year, DecisionFilter.none(), 0)).extracting(UpholdRatesTest::counts)
                .containsExactly(
                        row("2014", 53, 36, 14, 3),
                        // D, E and the DMHC row G, which has a report year but no date
                        row("2015", 3, 1, 2, 0),
                        row(UpholdRate.NONE, 2, 1, 0, 1));
        assertThat(rates.by(Dimension.source, DecisionFilter.none(), 0)).extracting(UpholdRatesTest::counts)
                .containsExactly(
                        row("CA_DWC_IMR", 56, 38, 14, 4),
                        row("DMHC_IMR", 2, 0, 2, 0));
    }

    @Test
    void aDecisionCitingSeveralGuidelinesCountsInEach() {
        assertThat(rates.by(Dimension.guideline, DecisionFilter.none(), 0)).extracting(UpholdRatesTest::counts)
                .containsExactly(
                        row("MTUS_ACOEM", 40, 31, 9, 0),
                        // C (10), M1 and M2
                        row("MTUS_CHRONIC_PAIN", 12, 5, 5, 2),
                        // C (10), M1 and E
                        row("ODG", 12, 5, 5, 2),
                        // F (2), G and M3 cite nothing
                        row(UpholdRate.NONE, 4, 1, 1, 2),
                        row("MTUS_OTHER", 1, 1, 0, 0));
    }

    @Test
    void minCountLeavesOutSmallGroups() {
        assertThat(rates.by(Dimension.procedure, DecisionFilter.none(), 2)).extracting(UpholdRate::group)
                .containsExactly("Lumbar MRI", "Tramadol", UpholdRate.NONE);
        assertThat(rates.by(Dimension.procedure, DecisionFilter.none(), 40)).extracting(UpholdRate::group)
                .containsExactly("Lumbar MRI");
        assertThat(rates.by(Dimension.procedure, DecisionFilter.none(), 41)).isEmpty();
        assertThatThrownBy(() -> rates.by(Dimension.procedure, DecisionFilter.none(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minCount");
    }

    @Test
    void pagingThroughCompositeBucketsLosesNothing() {
        UpholdRates smallPages = new UpholdRates(gateway, 2);
        for (Dimension g : Dimension.groupings()) {
            assertThat(smallPages.by(g, DecisionFilter.none(), 0)).as(g.name())
                    .isEqualTo(rates.by(g, DecisionFilter.none(), 0));
        }
        assertThat(smallPages.cross(Dimension.procedure, Dimension.specialty, DecisionFilter.none()))
                .isEqualTo(rates.cross(Dimension.procedure, Dimension.specialty, DecisionFilter.none()));
    }

    @Test
    void aFilterMatchingNothingGivesNoGroupsNotAnError() {
        DecisionFilter nobody = filter("specialty", "Neurology");
        assertThat(rates.by(Dimension.procedure, nobody, 0)).isEmpty();
        assertThat(rates.total(nobody)).isEqualTo(new UpholdRate("(all)", 0, 0, 0, 0, null, null, null));
        TrendReport trend = rates.trend(Interval.month, nobody);
        assertThat(trend.points()).isEmpty();
        assertThat(trend.undated()).isZero();
        CrossTable cross = rates.cross(Dimension.procedure, Dimension.year, nobody);
        assertThat(cross.rowKeys()).isEmpty();
        assertThat(cross.colKeys()).isEmpty();
        assertThat(cross.cells()).isEmpty();
    }

    @Nested
    class Filters {

        @Test
        void freeText() {
            // only the tramadol items' rationale speaks of opioids
            assertThat(rates.by(Dimension.procedure, filter("q", "opioid"), 0)).extracting(UpholdRatesTest::counts)
                    .containsExactly(row("Tramadol", 11, 5, 4, 2));
            // all words must match
            assertThat(rates.by(Dimension.procedure, filter("q", "opioid knee"), 0)).isEmpty();
            // the item field is searched too
            assertThat(rates.by(Dimension.procedure, filter("q", "arthroscopy"), 0)).extracting(UpholdRate::group)
                    .containsExactly(KNEE);
        }

        @Test
        void specialty() {
            assertThat(rates.by(Dimension.procedure, filter("specialty", "Orthopaedic Surgery"), 0))
                    .extracting(UpholdRatesTest::counts)
                    .containsExactly(row("Lumbar MRI", 40, 31, 9, 0), row(KNEE, 1, 0, 1, 0));
        }

        @Test
        void decisionDateRangeIncludesItsEndsAndExcludesUndated() {
            DecisionFilter spring2014 = filter("from", "2014-03-10", "to", "2014-05-20");
            assertThat(rates.by(Dimension.procedure, spring2014, 0)).extracting(UpholdRatesTest::counts)
                    .containsExactly(
                            row("Lumbar MRI", 16, 11, 5, 0),
                            row("Tramadol", 11, 5, 4, 2),
                            row("Home health aide", 1, 0, 0, 1),
                            row("Physical therapy", 1, 0, 1, 0));
            assertThat(rates.total(filter("from", "2014-03-11", "to", "2014-05-19")).decisions())
                    .as("letter M alone").isEqualTo(3);
        }

        @Test
        void outcomeAgeYearSourceAndEnumerations() {
            assertThat(rates.total(filter("outcome", "upheld")).decisions()).isEqualTo(38);
            assertThat(rates.total(filter("outcome", "OVERTURNED")).upholdRate()).isEqualTo(0.0);
            // A, B (45) and E (52); F has no age
            assertThat(rates.total(filter("ageMin", "40", "ageMax", "55")).decisions()).isEqualTo(41);
            assertThat(rates.total(filter("year", "2015")).decisions()).isEqualTo(3);
            assertThat(rates.by(Dimension.procedure, filter("source", "DMHC_IMR"), 0)).extracting(UpholdRate::group)
                    .containsExactly(KNEE, "Psychotherapy");
            assertThat(rates.total(filter("category", "medication")).decisions()).isEqualTo(11);
            assertThat(rates.total(filter("bodyRegion", "lumbar spine")).decisions()).isEqualTo(42);
            assertThat(rates.total(filter("guideline", "ODG")).decisions()).isEqualTo(12);
            assertThat(rates.total(filter("procedure", "Tramadol", "specialty", PM_R)).decisions()).isEqualTo(1);
        }

        @Test
        void valuesOfOneFilterAreAlternativesRepeatedOrCommaSeparated() {
            // The web UI carries a search's filters here as repeated parameters.
            UpholdRate decided = rates.total(DecisionFilter.fromParams(Map.of("outcome", List.of("UPHELD", "OVERTURNED"))));
            assertThat(counts(decided)).containsExactly("(all)", 54L, 38L, 16L, 0L);
            // Orthopaedic Surgery: A, B, E (41); Pain Medicine: C (10)
            assertThat(rates.total(filter("specialty", "Orthopaedic Surgery,Pain Medicine")).decisions()).isEqualTo(51);
            assertThat(rates.by(Dimension.specialty, filter("specialty", "Orthopaedic Surgery, Pain Medicine"), 0))
                    .extracting(UpholdRatesTest::counts)
                    .containsExactly(row("Orthopaedic Surgery", 41, 31, 10, 0), row("Pain Medicine", 10, 4, 4, 2));
            // across filters still AND: the undetermined Tramadol decisions drop out
            assertThat(rates.total(DecisionFilter.fromParams(Map.of(
                    "outcome", List.of("UPHELD", "OVERTURNED"),
                    "specialty", List.of("Orthopaedic Surgery,Pain Medicine")))).decisions()).isEqualTo(49);
            // F has no year at all
            assertThat(rates.total(filter("year", "2014,2015")).decisions()).isEqualTo(56);
            // procedure names can hold commas: several procedures are given by repeating the parameter
            assertThat(rates.by(Dimension.procedure, DecisionFilter.fromParams(Map.of("procedure", List.of("Tramadol", KNEE))), 0))
                    .extracting(UpholdRatesTest::counts)
                    .containsExactly(row("Tramadol", 11, 5, 4, 2), row(KNEE, 1, 0, 1, 0));
        }
    }

    @Nested
    class Trend {

        @Test
        void byMonthFromFirstToLastMonthWithEmptyMonthsBetween() {
            TrendReport trend = rates.trend(Interval.month, DecisionFilter.none());
            // 2014-01 .. 2015-11
            assertThat(trend.points()).hasSize(23);
            assertThat(trend.points().get(0)).isEqualTo(point("2014-01", LocalDate.of(2014, 1, 1), 24, 20, 4, 0));
            assertThat(trend.points().get(1).decisions()).isZero();
            assertThat(trend.points().get(1).upholdRate()).isNull();
            assertThat(trend.points().get(2)).isEqualTo(point("2014-03", LocalDate.of(2014, 3, 1), 16, 11, 5, 0));
            // cohort C and letter M
            assertThat(trend.points().get(4)).isEqualTo(point("2014-05", LocalDate.of(2014, 5, 1), 13, 5, 5, 3));
            assertThat(trend.points().get(13)).isEqualTo(point("2015-02", LocalDate.of(2015, 2, 1), 1, 1, 0, 0));
            assertThat(trend.points().get(22)).isEqualTo(point("2015-11", LocalDate.of(2015, 11, 1), 1, 0, 1, 0));
            assertThat(trend.points().stream().mapToLong(TrendPoint::decisions).sum()).isEqualTo(55);
            // cohort F and the DMHC row G
            assertThat(trend.undated()).isEqualTo(3);
        }

        @Test
        void byQuarter() {
            TrendReport trend = rates.trend(Interval.quarter, DecisionFilter.none());
            assertThat(trend.points()).extracting(TrendPoint::period, TrendPoint::decisions).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("2014-Q1", 40L),
                    org.assertj.core.groups.Tuple.tuple("2014-Q2", 13L),
                    org.assertj.core.groups.Tuple.tuple("2014-Q3", 0L),
                    org.assertj.core.groups.Tuple.tuple("2014-Q4", 0L),
                    org.assertj.core.groups.Tuple.tuple("2015-Q1", 1L),
                    org.assertj.core.groups.Tuple.tuple("2015-Q2", 0L),
                    org.assertj.core.groups.Tuple.tuple("2015-Q3", 0L),
                    org.assertj.core.groups.Tuple.tuple("2015-Q4", 1L));
            assertThat(trend.points().get(0)).isEqualTo(point("2014-Q1", LocalDate.of(2014, 1, 1), 40, 31, 9, 0));
            assertThat(trend.undated()).isEqualTo(3);
        }

        @Test
        void byYearAgreesWithGroupingByYear() {
            TrendReport trend = rates.trend(Interval.year, DecisionFilter.none());
            // the DMHC row G has a year without a date: in 2015 here, undated by month and quarter
            assertThat(trend.points()).containsExactly(
                    point("2014", LocalDate.of(2014, 1, 1), 53, 36, 14, 3),
                    point("2015", LocalDate.of(2015, 1, 1), 3, 1, 2, 0));
            assertThat(trend.undated()).isEqualTo(2);
            assertThat(trend.points()).extracting(TrendPoint::period, TrendPoint::decisions).containsExactlyElementsOf(
                    rates.by(Dimension.year, DecisionFilter.none(), 0).stream()
                            .filter(r -> !r.group().equals(UpholdRate.NONE))
                            .map(r -> org.assertj.core.groups.Tuple.tuple(r.group(), r.decisions())).toList());
            TrendReport undetermined = rates.trend(Interval.year, filter("q", "identified | unreadable"));
            assertThat(undetermined.points()).containsExactly(point("2014", LocalDate.of(2014, 1, 1), 1, 0, 0, 1));
            assertThat(undetermined.undated()).isEqualTo(2);
        }

        @Test
        void aDateRangeIsCoveredWholeEvenWhereItIsEmpty() {
            TrendReport trend = rates.trend(Interval.month, filter("from", "2013-11-01", "to", "2014-02-28"));
            assertThat(trend.points()).containsExactly(
                    point("2013-11", LocalDate.of(2013, 11, 1), 0, 0, 0, 0),
                    point("2013-12", LocalDate.of(2013, 12, 1), 0, 0, 0, 0),
                    point("2014-01", LocalDate.of(2014, 1, 1), 24, 20, 4, 0),
                    point("2014-02", LocalDate.of(2014, 2, 1), 0, 0, 0, 0));
            // a date range excludes the undated
            assertThat(trend.undated()).isZero();
        }

        private TrendPoint point(String period, LocalDate start, long decisions, long upheld, long overturned,
                                 long undetermined) {
            return TrendPoint.of(period, start, new OutcomeCounts(decisions, upheld, overturned));
        }
    }

    @Nested
    class Cross {

        @Test
        void procedureBySpecialty() {
            CrossTable table = rates.cross(Dimension.procedure, Dimension.specialty, DecisionFilter.none());
            assertThat(table.rowKeys()).containsExactly("Lumbar MRI", "Tramadol", UpholdRate.NONE, "Acupuncture",
                    "Home health aide", KNEE, "Physical therapy", "Psychotherapy");
            assertThat(table.colKeys()).containsExactly("Orthopaedic Surgery", "Pain Medicine", PM_R,
                    UpholdRate.NONE, "Acupuncturist");
            assertThat(table.rowKeys()).endsWith("Psychotherapy");
            assertThat(table.rowTotals()).isEqualTo(rates.by(Dimension.procedure, DecisionFilter.none(), 0));
            assertThat(table.colTotals()).isEqualTo(rates.by(Dimension.specialty, DecisionFilter.none(), 0));
            assertThat(table.cells()).extracting(c -> List.of(c.row(), c.col(), c.decisions(), c.upheld(),
                    c.overturned(), c.undetermined())).containsExactly(
                    List.of("Lumbar MRI", "Orthopaedic Surgery", 40L, 31L, 9L, 0L),
                    List.of("Tramadol", "Pain Medicine", 10L, 4L, 4L, 2L),
                    List.of("Tramadol", PM_R, 1L, 1L, 0L, 0L),
                    List.of(UpholdRate.NONE, UpholdRate.NONE, 2L, 1L, 0L, 1L),
                    List.of("Acupuncture", "Acupuncturist", 1L, 1L, 0L, 0L),
                    List.of("Home health aide", PM_R, 1L, 0L, 0L, 1L),
                    List.of(KNEE, "Orthopaedic Surgery", 1L, 0L, 1L, 0L),
                    List.of("Physical therapy", PM_R, 1L, 0L, 1L, 0L),
                    List.of("Psychotherapy", UpholdRate.NONE, 1L, 0L, 1L, 0L));
            CrossCell mri = table.cell("Lumbar MRI", "Orthopaedic Surgery").orElseThrow();
            assertThat(mri.upholdRate()).isEqualTo(0.775);
            assertThat(mri.ci95Low()).isCloseTo(0.6249690, within(1e-7));
            assertThat(table.cell("Lumbar MRI", "Pain Medicine")).isEmpty();
        }

        @Test
        void marginsOfAMultiValuedGroupingAreCountedNotSummed() {
            CrossTable table = rates.cross(Dimension.guideline, Dimension.year, filter("procedure", "Tramadol"));
            assertThat(table.rowKeys()).containsExactly("MTUS_CHRONIC_PAIN", "ODG");
            // 11 tramadol decisions, each citing both guidelines: the year total is 11, not 22
            assertThat(table.colTotals()).extracting(UpholdRatesTest::counts)
                    .containsExactly(row("2014", 11, 5, 4, 2));
            assertThat(table.cells()).extracting(CrossCell::decisions).containsExactly(11L, 11L);
        }

        @Test
        void rowsAndColsMustDiffer() {
            assertThatThrownBy(() -> rates.cross(Dimension.year, Dimension.year, DecisionFilter.none()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void csvOfRealFiguresParsesBack() throws IOException {
        List<UpholdRate> byProcedure = rates.by(Dimension.procedure, DecisionFilter.none(), 0);
        String csv = UpholdRateCsv.forSpreadsheets().byGroup(Dimension.procedure, byProcedure);
        assertThat(csv).startsWith("\uFEFFprocedure,decisions,");
        assertThat(csv).contains("\r\n\"Knee arthroscopy, \"\"partial\"\" meniscectomy\",1,0,1,0,0.0000,0.0000,0.7935\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(byProcedure.size());
        assertThat(records).extracting(r -> r.get("procedure"))
                .containsExactlyElementsOf(byProcedure.stream().map(UpholdRate::group).toList());
        CSVRecord mri = records.get(0);
        assertThat(Map.of("decisions", mri.get("decisions"), "upholdRate", mri.get("upholdRate"),
                "ci95Low", mri.get("ci95Low"), "ci95High", mri.get("ci95High")))
                .isEqualTo(Map.of("decisions", "40", "upholdRate", "0.7750", "ci95Low", "0.6250", "ci95High", "0.8768"));
        assertThat(records.get(4).get("procedure")).isEqualTo("Home health aide");
        assertThat(records.get(4).get("upholdRate")).isEmpty();
    }

    private static UpholdRate find(List<UpholdRate> rates, String group) {
        return rates.stream().filter(r -> r.group().equals(group)).findFirst().orElseThrow();
    }
}
