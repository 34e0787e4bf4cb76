package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Elasticsearch going away mid-import: retried with back-off and told; past the window, stopped, never lost. */
class ElasticsearchAwayTest {

    @TempDir
    static Path work;
    static Path archive;

    @BeforeAll
    static void writeArchive() throws IOException {
        archive = ArchiveFixture.write(work.resolve("fixture"));
    }

    @Test
    void aRestartMidImportIsRetriedAndLosesNothing() throws Exception {
        try (ArchiveGateway direct = FreshArchive.named("importer-restart");
             TcpProxy proxy = proxy();
             ArchiveGateway gateway = ArchiveGateway.connect(ClusterAddress.local(proxy.port()), FreshArchive.prefix("importer-restart"))) {
            List<String> messages = new CopyOnWriteArrayList<>();
            AtomicInteger done = new AtomicInteger();
            ProgressListener restartAfterTwoFiles = new ProgressListener() {
                @Override
                public void progress(ImportProgress p) {
                    if (p.message() != null) {
                        messages.add(p.message());
                    }
                }

                @Override
                public void fileDone(String path, String status) {
                    if (done.incrementAndGet() == 2) {
                        restart(proxy, Duration.ofSeconds(4));
                    }
                }
            };

            ImportReport r = new Importer(gateway).run(List.of(archive), ImportOptions.defaults(), restartAfterTwoFiles);

            assertThat(r.state()).isEqualTo(ImportProgress.State.FINISHED);
            assertThat(messages).anySatisfy(m -> assertThat(m).contains("Elasticsearch is not answering").contains("retrying in"));
            assertThat(r.indexed()).isEqualTo(ArchiveFixture.INDEXED);
            assertThat(r.duplicates()).isEqualTo(ArchiveFixture.DUPLICATES);
            assertThat(r.rejected()).isEqualTo(ArchiveFixture.REJECTED);
            direct.refresh();
            assertThat(direct.count(ArchiveIndex.LETTERS)).isEqualTo(ArchiveFixture.LETTERS);
            assertThat(direct.count(ArchiveIndex.IMPORTS)).isEqualTo(ArchiveFixture.FILES);
        }
    }

    @Test
    void aClusterGoneForGoodStopsTheImportResumably() throws Exception {
        try (ArchiveGateway direct = FreshArchive.named("importer-gone");
             TcpProxy proxy = proxy();
             ArchiveGateway gateway = ArchiveGateway.connect(ClusterAddress.local(proxy.port()), FreshArchive.prefix("importer-gone"))) {
            AtomicInteger done = new AtomicInteger();
            ProgressListener pullThePlug = new ProgressListener() {
                @Override
                public void progress(ImportProgress p) {
                }

                @Override
                public void fileDone(String path, String status) {
                    if (done.incrementAndGet() == 3) {
                        try {
                            proxy.down();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            };
            ImportOptions options = ImportOptions.defaults().withRetryWindow(Duration.ofSeconds(4));

            ImportReport failed = new Importer(gateway).run(List.of(archive), options, pullThePlug);

            assertThat(failed.state()).isEqualTo(ImportProgress.State.FAILED);
            assertThat(failed.message()).contains("Elasticsearch did not").contains("run the same import again to resume");
            assertThat(failed.indexed()).isLessThan(ArchiveFixture.INDEXED);

            proxy.up();
            ImportReport resumed = new Importer(gateway).run(List.of(archive), options, ProgressListener.NONE);
            assertThat(resumed.state()).isEqualTo(ImportProgress.State.FINISHED);
            assertThat(resumed.filesSeen()).isEqualTo(ArchiveFixture.FILES);
            assertThat(resumed.indexed()).isEqualTo(ArchiveFixture.INDEXED);
            assertThat(resumed.duplicates()).isEqualTo(ArchiveFixture.DUPLICATES);
            assertThat(resumed.rejected()).isEqualTo(ArchiveFixture.REJECTED);
            assertThat(direct.count(ArchiveIndex.LETTERS)).isEqualTo(ArchiveFixture.LETTERS);
        }
    }

    private static TcpProxy proxy() throws IOException {
        URI es = TestCluster.address().nodes().get(0);
        return new TcpProxy(es.getHost(), es.getPort());
    }

    private static void restart(TcpProxy proxy, Duration downFor) {
        try {
            proxy.down();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread back = new Thread(() -> {
            try {
                Thread.sleep(downFor.toMillis());
                proxy.up();
            } catch (InterruptedException | IOException e) {
                throw new IllegalStateException(e);
            }
        });
        back.setDaemon(true);
        back.start();
    }
}
