package org.imrarchive.storage.testing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.runtime.ElasticsearchVersion;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * The official Elasticsearch image of this build's version, with this repository's analysis plugin
 * installed: one container per test JVM, started on first use and removed by Testcontainers when the
 * JVM exits. The {@code *ContainerTest} classes run the same tests as their parent against it; they carry
 * {@code @Testcontainers(disabledWithoutDocker = true)}, so where no Docker engine answers JUnit skips them
 * and says why, and the normal suite's embedded node ({@link TestCluster}) pays nothing for them.
 */
public final class ContainerCluster {

    static final DockerImageName OFFICIAL_IMAGE =
            DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch").withTag(ElasticsearchVersion.CURRENT);

    private static ElasticsearchContainer container;

    private ContainerCluster() {
    }

    public static synchronized ClusterAddress address() {
        if (container == null) {
            container = start();
        }
        return new ClusterAddress(List.of(URI.create("http://" + container.getHttpHostAddress())),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ElasticsearchContainer start() {
        // Kept after the run (named, not deleted on exit): Docker's layer cache makes the next build instant
        // unless the plugin zip changed.
        String image = new ImageFromDockerfile("imr-elasticsearch-analysis:" + ElasticsearchVersion.CURRENT, false)
                .withFileFromPath("imr-analysis-plugin.zip", TestCluster.analysisPlugin())
                .withDockerfileFromBuilder(file -> file
                        .from(OFFICIAL_IMAGE.asCanonicalNameString())
                        .copy("imr-analysis-plugin.zip", "/tmp/imr-analysis-plugin.zip")
                        .run("bin/elasticsearch-plugin install --batch file:///tmp/imr-analysis-plugin.zip")
                        .build())
                .get();
        // The embedded node's settings (EmbeddedElasticsearch): no security, no disk watermarks; a small heap.
        ElasticsearchContainer node = new ElasticsearchContainer(
                DockerImageName.parse(image).asCompatibleSubstituteFor(OFFICIAL_IMAGE.getUnversionedPart()))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("cluster.routing.allocation.disk.threshold_enabled", "false")
                .withEnv("ingest.geoip.downloader.enabled", "false")
                .withEnv("xpack.ml.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .withCertPath("") // no TLS certificate to fetch with security off
                .withStartupTimeout(Duration.ofMinutes(3)); // a loaded 2-core machine takes over the default minute
        node.start();
        return node;
    }
}
