package org.imrarchive.storage.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The version the code reads is the one Maven fetched the distribution for (the pom's elasticsearch.version). */
class ElasticsearchVersionTest {

    @Test
    void theCodeNamesTheVersionOfTheDistributionMavenFetched() {
        Path distribution = Path.of(System.getProperty("imr.es.distribution"));
        assertThat(distribution.getFileName().toString()).isEqualTo("elasticsearch-" + ElasticsearchVersion.CURRENT + ".zip");
        assertThat(ElasticsearchRuntimes.DEFAULT_DISTRIBUTION).endsWith("/" + ElasticsearchVersion.CURRENT + "/elasticsearch-"
                + ElasticsearchVersion.CURRENT + ".zip");
    }
}
