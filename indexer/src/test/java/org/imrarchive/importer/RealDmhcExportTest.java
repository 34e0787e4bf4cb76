package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imrarchive.letter.DmhcCaseType;
import org.imrarchive.letter.ImrType;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real 2001-2016 DMHC "Trend" export, in the two copies a user can download (never in this repository; see
 * {@code ../shared/data/dmhc/SOURCES.md}): after an import, the archive counts what the file counts.
 */
class RealDmhcExportTest {

    static final Path DMHC = Path.of("..", "..", "shared", "data", "dmhc");
    static final Path SEMICOLON = DMHC.resolve("guimazzolino_MVP-I_trend_nofindings_semicolon.csv");
    static final Path R_EXPORT = DMHC.resolve("guimazzolino_MVP-I_trend_nofindings_rexport.csv");

    /** The file's own counts, as SOURCES.md lists them. */
    static final Map<Long, Long> PER_YEAR = Map.ofEntries(Map.entry(2001L, 536L), Map.entry(2002L, 691L),
            Map.entry(2003L, 739L), Map.entry(2004L, 778L), Map.entry(2005L, 965L), Map.entry(2006L, 1_082L),
            Map.entry(2007L, 1_343L), Map.entry(2008L, 1_519L), Map.entry(2009L, 1_441L), Map.entry(2010L, 1_442L),
            Map.entry(2011L, 1_445L), Map.entry(2012L, 1_205L), Map.entry(2013L, 1_221L), Map.entry(2014L, 1_432L),
            Map.entry(2015L, 2_082L), Map.entry(2016L, 1_307L));
    /** Type x Determination, as SOURCES.md lists them: upheld / overturned per Type. */
    static final Map<String, Map<String, Long>> PER_TYPE_AND_OUTCOME = Map.of(
            "MEDICAL_NECESSITY", Map.of("UPHELD", 7_385L, "OVERTURNED", 6_187L),
            "EXPERIMENTAL_INVESTIGATIONAL", Map.of("UPHELD", 3_105L, "OVERTURNED", 2_061L),
            "URGENT_CARE", Map.of("UPHELD", 286L, "OVERTURNED", 204L));
    /** Type x Determination summed over Type (MN 7,385 / 6,187; E/I 3,105 / 2,061; Urgent Care 286 / 204). */
    static final Map<String, Long> PER_OUTCOME = Map.of("UPHELD", 7_385L + 3_105L + 286L,
            "OVERTURNED", 6_187L + 2_061L + 204L);

    private static void assumePresent(Path file) {
        Assumptions.assumeTrue(Files.isRegularFile(file),
                () -> "skipped: " + file.toAbsolutePath().normalize() + " is not present (see ../shared/data/dmhc/SOURCES.md)");
    }

    @Test
    void theSemicolonFileImportsEveryOneOfIts19228Determinations() {
        assumePresent(SEMICOLON);
        try (ArchiveGateway gateway = FreshArchive.named("dmhc-semicolon")) {
            ImportReport r = new Importer(gateway).run(List.of(SEMICOLON), ImportOptions.defaults(), ProgressListener.NONE);

            assertThat(r.rejections()).isEmpty();
            assertThat(r.indexed()).isEqualTo(1);
            assertThat(r.rowRejections()).isEmpty();
            assertThat(r.rows()).isEqualTo(new ImportReport.RowCounts(19_228, 0, 0, 0));
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(19_228);
            assertThat(gateway.count(ArchiveIndex.DECISIONS)).isEqualTo(19_228);

            SearchResponse<Void> counts = gateway.search(ArchiveIndex.DECISIONS, b -> b.size(0)
                    .aggregations("year", a -> a.terms(t -> t.field("year").size(100)))
                    .aggregations("outcome", a -> a.terms(t -> t.field("outcome").size(10))), Void.class);
            Map<Long, Long> perYear = new TreeMap<>();
            for (LongTermsBucket b : counts.aggregations().get("year").lterms().buckets().array()) {
                perYear.put(b.key(), b.docCount());
            }
            Map<String, Long> perOutcome = new TreeMap<>();
            for (StringTermsBucket b : counts.aggregations().get("outcome").sterms().buckets().array()) {
                perOutcome.put(b.key().stringValue(), b.docCount());
            }
            assertThat(perYear).isEqualTo(new TreeMap<>(PER_YEAR));
            assertThat(perOutcome).isEqualTo(new TreeMap<>(PER_OUTCOME));

            assertThat(typeByOutcome(gateway)).isEqualTo(PER_TYPE_AND_OUTCOME);
            // the file has no IMRType and no days: no decision claims any
            assertThat(countWith(gateway, "dmhc.imrType")).isZero();
            assertThat(countWith(gateway, "dmhc.daysToReview")).isZero();
            assertThat(countWith(gateway, "dmhc.daysToAdopt")).isZero();
        }
    }

    @Test
    void theSemicolonFilesAgeRangesAndDiagnosisCategoriesAreCountedAsTheFileCountsThem() throws IOException {
        assumePresent(SEMICOLON);
        // the file's own account (it quotes nothing and every line has its ten fields); its "11_20" is written 11-20
        Map<String, Long> ageRanges = new TreeMap<>();
        Map<String, Long> diagnosisCategories = new TreeMap<>();
        long noAgeRange = 0;
        long noDiagnosisCategory = 0;
        List<String> lines = Files.readAllLines(SEMICOLON);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            if (f[8].isBlank()) {
                noAgeRange++;
            } else {
                ageRanges.merge(f[8].replace('_', '-'), 1L, Long::sum);
            }
            if (f[2].isBlank()) {
                noDiagnosisCategory++;
            } else {
                diagnosisCategories.merge(f[2].replace("/ ", "/"), 1L, Long::sum);
            }
        }
        assertThat(ageRanges.keySet()).containsExactly("0-10", "11-20", "21-30", "31-40", "41-50", "51-64", "65+");
        assertThat(noAgeRange).isEqualTo(1_195);
        assertThat(noDiagnosisCategory).isEqualTo(59);

        try (ArchiveGateway gateway = FreshArchive.named("dmhc-semicolon-columns")) {
            new Importer(gateway).run(List.of(SEMICOLON), ImportOptions.defaults(), ProgressListener.NONE);

            assertThat(terms(gateway, "dmhc.ageRange")).isEqualTo(ageRanges);
            assertThat(terms(gateway, "dmhc.diagnosisCategory")).isEqualTo(diagnosisCategories);
            assertThat(19_228 - countWith(gateway, "dmhc.ageRange")).isEqualTo(noAgeRange);
            assertThat(19_228 - countWith(gateway, "dmhc.diagnosisCategory")).isEqualTo(noDiagnosisCategory);
            assertThat(countWith(gateway, "dmhc.diagnosisSubCategory")).isPositive();
            // the export's own treatment category is kept beside the archive's mapping of it
            assertThat(terms(gateway, "dmhc.treatmentCategory")).containsKey("Pharmacy/Prescription Drugs");
        }
    }

    /** The portal's current layout (IMRType, DaysToReview written "1.0" by a pandas round trip, DaysToAdopt). */
    @Test
    void thePortalLayoutsRowsKeepTheirTrackDaysAndCategories() {
        Path headRows = DMHC.resolve("morgan-sell_imr_initial_review_79be1a5_head_rows.csv");
        Path preview = DMHC.resolve("denial-defence_eval_set_imr_preview.csv");
        assumePresent(headRows);
        assumePresent(preview);
        try (ArchiveGateway gateway = FreshArchive.named("dmhc-portal-layout")) {
            ImportReport r = new Importer(gateway).run(List.of(headRows, preview), ImportOptions.defaults(), ProgressListener.NONE);
            assertThat(r.rows()).isEqualTo(new ImportReport.RowCounts(30, 0, 0, 0));

            assertThat(gateway.decision("MN20-32737-1").orElseThrow().dmhc()).isEqualTo(new DecisionDocument.DmhcFields(
                    DmhcCaseType.MEDICAL_NECESSITY, ImrType.EXPEDITED, "11-20", 1, 12, "Mental Disorder", "Anxiety", "Mental Health", "RTC"));
            // the 20 rows of the 2001-2026 file: Medical Necessity all, 11 expedited and 9 standard, no days
            SearchResponse<Void> twenty = gateway.search(ArchiveIndex.DECISIONS, b -> b.size(0).trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.range(g -> g.number(n -> n.field("year").gte(2023.0)))) // the head rows are of 2020
                    .aggregations("imrType", a -> a.terms(t -> t.field("dmhc.imrType")))
                    .aggregations("caseType", a -> a.terms(t -> t.field("dmhc.caseType")))
                    .aggregations("days", a -> a.valueCount(v -> v.field("dmhc.daysToReview"))), Void.class);
            assertThat(twenty.hits().total().value()).isEqualTo(20);
            assertThat(twenty.aggregations().get("imrType").sterms().buckets().array())
                    .extracting(b -> b.key().stringValue(), StringTermsBucket::docCount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("EXPEDITED", 11L),
                            org.assertj.core.groups.Tuple.tuple("STANDARD", 9L));
            assertThat(twenty.aggregations().get("caseType").sterms().buckets().array())
                    .extracting(b -> b.key().stringValue(), StringTermsBucket::docCount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("MEDICAL_NECESSITY", 20L));
            assertThat(twenty.aggregations().get("days").valueCount().value()).isZero();
            assertThat(terms(gateway, "dmhc.ageRange")).containsOnlyKeys("0-10", "11-20", "21-30", "31-40", "41-50",
                    "51-64", "65+");
        }
    }

    private static Map<String, Map<String, Long>> typeByOutcome(ArchiveGateway gateway) {
        SearchResponse<Void> r = gateway.search(ArchiveIndex.DECISIONS, b -> b.size(0)
                .aggregations("type", a -> a.terms(t -> t.field("dmhc.caseType").size(10))
                        .aggregations("outcome", o -> o.terms(t -> t.field("outcome").size(10)))), Void.class);
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (StringTermsBucket type : r.aggregations().get("type").sterms().buckets().array()) {
            Map<String, Long> perOutcome = new TreeMap<>();
            for (StringTermsBucket o : type.aggregations().get("outcome").sterms().buckets().array()) {
                perOutcome.put(o.key().stringValue(), o.docCount());
            }
            counts.put(type.key().stringValue(), perOutcome);
        }
        return counts;
    }

    private static Map<String, Long> terms(ArchiveGateway gateway, String field) {
        SearchResponse<Void> r = gateway.search(ArchiveIndex.DECISIONS, b -> b.size(0)
                .aggregations("values", a -> a.terms(t -> t.field(field).size(1_000))), Void.class);
        Map<String, Long> counts = new TreeMap<>();
        for (StringTermsBucket b : r.aggregations().get("values").sterms().buckets().array()) {
            counts.put(b.key().stringValue(), b.docCount());
        }
        return counts;
    }

    private static long countWith(ArchiveGateway gateway, String field) {
        return gateway.search(ArchiveIndex.DECISIONS, b -> b.size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.exists(e -> e.field(field))), Void.class).hits().total().value();
    }

    @Test
    void theRExportImportsItsReadableRowsAndRefusesEachSplitRowByItsLine() throws IOException {
        assumePresent(R_EXPORT);
        List<String> lines = Files.readAllLines(R_EXPORT);
        int columns = lines.get(0).split(",", -1).length;
        // the file's own account: a line with more commas than the header is a row split by an unquoted value
        List<Long> split = new java.util.ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).split(",", -1).length != columns) {
                split.add(i + 1L);
            }
        }
        long rows = lines.size() - 1;
        assertThat(split).hasSize(2_852);

        try (ArchiveGateway gateway = FreshArchive.named("dmhc-rexport")) {
            ImportReport r = new Importer(gateway).run(List.of(R_EXPORT), ImportOptions.defaults(), ProgressListener.NONE);

            assertThat(r.indexed()).isEqualTo(1);
            assertThat(r.rows()).isEqualTo(new ImportReport.RowCounts(rows - split.size(), 0, split.size(), 0));
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(rows - split.size());
            // the report lists the first refusals, each by its line and with why
            assertThat(r.rowRejections()).hasSize(Tally.LISTED);
            assertThat(r.rowRejectionsTruncated()).isTrue();
            assertThat(r.rowRejections()).extracting(ImportReport.RowRejection::line)
                    .containsExactlyElementsOf(split.subList(0, Tally.LISTED));
            assertThat(r.rowRejections()).allSatisfy(x -> assertThat(x.reason())
                    .matches("has \\d+ columns, the header has " + columns + " \\(a value with an unquoted delimiter\\?\\)"));
        }
    }
}
