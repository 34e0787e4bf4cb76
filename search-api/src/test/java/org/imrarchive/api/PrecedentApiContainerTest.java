package org.imrarchive.api;

import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.ContainerCluster;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link PrecedentApiTest} on the official Elasticsearch image with our analysis plugin; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class PrecedentApiContainerTest extends PrecedentApiTest {

    @Override
    ClusterAddress cluster() {
        return ContainerCluster.address();
    }
}
