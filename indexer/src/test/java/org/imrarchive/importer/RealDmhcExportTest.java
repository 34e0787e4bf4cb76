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
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
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
        }
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
