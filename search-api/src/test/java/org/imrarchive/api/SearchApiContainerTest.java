package org.imrarchive.api;

import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.ContainerCluster;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link SearchApiTest} on the official Elasticsearch image with our analysis plugin; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class SearchApiContainerTest extends SearchApiTest {

    @Override
    ClusterAddress cluster() {
        return ContainerCluster.address();
    }
}
