package org.imrarchive.storage.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.runtime.ElasticsearchRuntime;
import org.imrarchive.storage.runtime.EmbeddedElasticsearch;
import org.imrarchive.storage.runtime.EmbeddedSettings;
import org.imrarchive.storage.runtime.ExternalCluster;

/**
 * One real Elasticsearch shared by every test class of a test JVM: started on first use (about 15 s),
 * stopped by its shutdown hook when the JVM exits. Set {@code IMR_TEST_ES_URL} to use a running
 * cluster instead. Each test class works under its own index prefix, so classes never see each
 * other's documents.
 */
public final class TestCluster {

    private static ElasticsearchRuntime runtime;

    private TestCluster() {
    }

    public static synchronized ClusterAddress address() {
        if (runtime == null) {
            String url = System.getenv("IMR_TEST_ES_URL");
            runtime = url != null && !url.isBlank()
                    ? new ExternalCluster(new ClusterAddress(ClusterAddress.parseNodes(url), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty()))
                    : EmbeddedElasticsearch.start(settings("shared"));
        }
        return runtime.address();
    }

    /** Settings for a node of this test run, under {@code target/test-es/NAME}. */
    public static EmbeddedSettings settings(String name) {
        return new EmbeddedSettings(
                Path.of(property("imr.test.workdir")).resolve(name),
                Path.of(property("imr.es.distribution")),
                Path.of(property("imr.analysis.plugin")),
                0,
                "512m");
    }

    /** A gateway on a fresh, empty archive under the given index prefix. */
    public static ArchiveGateway freshArchive(String prefix) {
        return freshArchive(address(), prefix);
    }

    /** A gateway on a fresh, empty archive under the given index prefix of the given cluster. */
    public static ArchiveGateway freshArchive(ClusterAddress cluster, String prefix) {
        ArchiveGateway gateway = ArchiveGateway.connect(cluster, prefix);
        gateway.deleteAll();
        gateway.ensureSchema();
        return gateway;
    }

    /** This build's analysis plugin zip (analysis-plugin/target), which every test node installs. */
    static Path analysisPlugin() {
        return Path.of(property("imr.analysis.plugin"));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests through Maven (mvn verify)");
        }
        return value;
    }
}
