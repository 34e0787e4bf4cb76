package org.imrarchive.storage;

import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.ContainerCluster;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link ArchiveGatewayTest} on the official Elasticsearch image with our analysis plugin; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class ArchiveGatewayContainerTest extends ArchiveGatewayTest {

    @Override
    ClusterAddress cluster() {
        return ContainerCluster.address();
    }
}
