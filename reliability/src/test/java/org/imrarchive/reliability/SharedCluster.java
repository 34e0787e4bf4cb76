package org.imrarchive.reliability;

import org.imrarchive.storage.runtime.LocalCluster;
import org.imrarchive.storage.testing.TestCluster;

/**
 * One three-node cluster for all reliability tests of a test JVM (starting one costs half a minute or
 * more on two cores), stopped by its nodes' shutdown hooks when the JVM exits. Each test class works
 * under its own index prefix. A test that ends with a node down has it started again by the next user.
 * The data stays in target/test-es/cluster between runs, so every run after the first also restarts a
 * whole cluster from its data (no bootstrap), as a machine reboot would.
 */
final class SharedCluster {

    static final int NODES = 3;
    private static LocalCluster cluster;

    private SharedCluster() {
    }

    static synchronized LocalCluster get() {
        if (cluster == null) {
            cluster = LocalCluster.start(TestCluster.settings("cluster"), NODES);
        }
        for (int i = 0; i < NODES; i++) {
            if (!cluster.isRunning(i)) {
                cluster.startNode(i);
            }
        }
        return cluster;
    }
}
