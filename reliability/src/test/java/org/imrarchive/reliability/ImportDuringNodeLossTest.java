package org.imrarchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.ImportProgress;
import org.imrarchive.importer.ImportReport;
import org.imrarchive.importer.Importer;
import org.imrarchive.importer.ProgressListener;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.runtime.LocalCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node dies (SIGKILL) in the middle of an import: the import still finishes with every file accounted
 * for, the archive holds exactly what the report says was imported, searches answer in full while the
 * node is gone, and the cluster is green again once it is back.
 */
class ImportDuringNodeLossTest {

    private static final int LETTERS = 300;
    private static LocalCluster cluster;
    private static ArchiveGateway gateway;

    @TempDir
    static Path work;

    @BeforeAll
    static void freshArchive() {
        cluster = SharedCluster.get();
        gateway = ArchiveGateway.connect(cluster.address(), "nodeloss", 1);
        gateway.deleteAll();
        gateway.ensureSchema();
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    @Test
    void importFinishesAndSearchesAnswerWhileANodeIsKilledMidImport() throws Exception {
        LetterSet set = LetterSet.write(work.resolve("letters"), LETTERS);
        AtomicLong filesDone = new AtomicLong();
        CountDownLatch underway = new CountDownLatch(1);
        CountDownLatch crashed = new CountDownLatch(1);
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(ImportProgress snapshot) {
            }

            @Override
            public void fileDone(String path, String status) {
                if (filesDone.incrementAndGet() >= LETTERS / 10) {
                    underway.countDown();
                    // Hold the import here until the node is down: a fast import could otherwise finish
                    // before the kill, and the test would prove nothing.
                    awaitQuietly(crashed);
                }
            }
        };
        CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> new Importer(gateway)
                .run(List.of(set.folder()), ImportOptions.defaults().withJobId("nodeloss-job"), listener));

        assertThat(underway.await(3, TimeUnit.MINUTES)).as("import under way").isTrue();
        int victim = (cluster.masterNode() + 1) % cluster.size();
        cluster.crashNode(victim);
        long doneAtCrash = filesDone.get();
        crashed.countDown();

        List<String> searchFailures = new ArrayList<>();
        int searches = 0;
        while (!running.isDone() || searches < 20) {
            try {
                SearchResponse<DecisionDocument> r = gateway.search(ArchiveIndex.DECISIONS, b -> b
                        .query(q -> q.match(m -> m.field("item").query("lumbar")))
                        .size(5), DecisionDocument.class);
                if (r.shards().failed().intValue() > 0) {
                    searchFailures.add(r.shards().failed() + " shard(s) failed");
                }
            } catch (RuntimeException e) {
                searchFailures.add(e.toString());
            }
            searches++;
        }
        ImportReport report = running.get(4, TimeUnit.MINUTES);
        System.out.printf("node %d killed after %d of %d files; %d searches while it was gone%n",
                victim, doneAtCrash, set.files(), searches);

        assertThat(doneAtCrash).as("the node died while the import was running").isLessThan(set.files());
        assertThat(searchFailures).as("searches while a node was down").isEmpty();
        assertThat(report.state()).as(report.message()).isEqualTo(ImportProgress.State.FINISHED);
        assertThat(report.balanced()).isTrue();
        assertThat(report.filesSeen()).isEqualTo(set.files());
        assertThat(report.indexed()).isEqualTo(LETTERS);
        assertThat(report.rejected()).isEqualTo(set.rejects().size());
        gateway.refresh();
        assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(report.letters()).isEqualTo(LETTERS);
        assertThat(gateway.count(ArchiveIndex.DECISIONS)).isEqualTo(report.decisions()).isEqualTo(set.decisions());

        cluster.startNode(victim);
        assertThat(cluster.awaitHealth("green", 3, Duration.ofSeconds(120))).isEqualTo("green");
        assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(LETTERS);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
