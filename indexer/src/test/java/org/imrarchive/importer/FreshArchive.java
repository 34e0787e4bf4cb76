package org.imrarchive.importer;

import java.util.Locale;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;

/**
 * An empty archive for one test. The prefix carries this test run's stamp because the test cluster's data
 * outlives a run and {@code deleteAll} cannot remove indices by wildcard on a cluster that requires names
 * for destructive actions (Elasticsearch 8's default), so a reused prefix would meet last run's letters.
 */
final class FreshArchive {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toLowerCase(Locale.ROOT);

    private FreshArchive() {
    }

    static String prefix(String name) {
        return name + "-" + RUN;
    }

    static ArchiveGateway named(String name) {
        return TestCluster.freshArchive(prefix(name));
    }
}
