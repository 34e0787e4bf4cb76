package org.imrarchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.imrarchive.importer.ImportProgress;
import org.imrarchive.importer.ImportReport;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.runtime.LocalCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL at random moments, then run again: the archive ends with every letter
 * exactly once and the report accounts for every file. The importer runs in a JVM of its own
 * ({@link ImportMain}) so it can really be killed; the archive is the three-node cluster.
 */
class CrashSafetyTest {

    private static final int LETTERS = 200;
    private static final String PREFIX = "crash";
    private static LocalCluster cluster;
    private static ArchiveGateway gateway;

    @TempDir
    static Path work;

    @BeforeAll
    static void freshArchive() {
        cluster = SharedCluster.get();
        gateway = ArchiveGateway.connect(cluster.address(), PREFIX, 1);
        gateway.deleteAll();
        gateway.ensureSchema();
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    @Test
    void importKilledAtRandomMomentsThenRunAgainHoldsEachLetterExactlyOnce() throws Exception {
        LetterSet set = LetterSet.write(work.resolve("letters"), LETTERS);
        Path report = work.resolve("report.json");
        long seed = Long.getLong("imr.crash.seed", System.nanoTime());
        Random random = new Random(seed);

        int kills = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            Process importer = startImport(set.folder(), report, work.resolve("crash-" + attempt + ".log"));
            // Kill mid-import, not before the first file: on a loaded machine a kill timed from the JVM's start
            // can land while it is still starting, and then no crash tests resuming anything.
            long before = filesInLedger();
            while (importer.isAlive() && filesInLedger() <= before) {
                Thread.sleep(100);
            }
            if (!importer.waitFor(random.nextInt(2_000), TimeUnit.MILLISECONDS)) {
                importer.destroyForcibly().waitFor();
                kills++;
            }
        }
        Path lastLog = work.resolve("final.log");
        Process last = startImport(set.folder(), report, lastLog);
        assertThat(last.waitFor(4, TimeUnit.MINUTES)).as("final import ends").isTrue();
        assertThat(last.exitValue()).as("final import exit code; log:\n%s", Files.readString(lastLog)).isZero();
        ImportReport account = ImportReport.readFrom(report);
        System.out.printf("crash test (seed %d): %d kills before the final run, which found %d of %d files done%n",
                seed, kills, account.resumed(), set.files());

        assertThat(account.state()).isEqualTo(ImportProgress.State.FINISHED);
        assertThat(account.resumed()).as("files the killed runs had settled, which the final run must not redo")
                .isPositive();
        assertThat(account.balanced()).isTrue();
        assertThat(account.filesSeen()).isEqualTo(set.files());
        assertThat(account.indexed()).isEqualTo(LETTERS);
        assertThat(account.rejected()).isEqualTo(set.rejects().size());
        assertThat(account.rejections()).hasSize(set.rejects().size()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());

        gateway.refresh();
        assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(LETTERS);
        assertThat(gateway.count(ArchiveIndex.DECISIONS)).isEqualTo(set.decisions());
        assertThat(decisionsPerLetter()).isEqualTo(new TreeMap<>(set.letters()));
        assertThat(refreshInterval(ArchiveIndex.LETTERS)).as("refresh turned back on after the crashes").isNotEqualTo("-1");
    }

    private static Process startImport(Path folder, Path report, Path log) throws IOException {
        String urls = cluster.address().nodes().stream().map(URI::toString).collect(Collectors.joining(","));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                ImportMain.class.getName(), urls, PREFIX, "crash-job", report.toString(), folder.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Files the job's ledger has settled so far (indexed, duplicate or rejected). */
    private static long filesInLedger() {
        gateway.refresh(ArchiveIndex.IMPORTS);
        return gateway.count(ArchiveIndex.IMPORTS);
    }

    /** Case number -> decisions stored for it, from an aggregation over the whole decisions index. */
    private static Map<String, Integer> decisionsPerLetter() {
        SearchResponse<Void> r = gateway.search(ArchiveIndex.DECISIONS, b -> b.size(0)
                .aggregations("letters", a -> a.terms(t -> t.field("letterId").size(LETTERS * 2))), Void.class);
        Map<String, Integer> perLetter = new TreeMap<>();
        for (StringTermsBucket bucket : r.aggregations().get("letters").sterms().buckets().array()) {
            perLetter.put(bucket.key().stringValue(), (int) bucket.docCount());
        }
        return perLetter;
    }

    private static String refreshInterval(ArchiveIndex index) throws IOException, InterruptedException {
        ClusterAddress address = cluster.address();
        String body = Http.get(address.nodes().get(0).resolve("/" + gateway.alias(index) + "/_settings?include_defaults=false")).body();
        return body.contains("\"refresh_interval\":\"-1\"") ? "-1" : "default";
    }
}
