package org.imrarchive.storage.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One Elasticsearch node: its name, the folder of its files, its ports and how it finds its cluster.
 * The single embedded node keeps its files directly in the archive's home ({@code home/data},
 * {@code home/logs}); each node of a {@link LocalCluster} in its own {@code home/cluster/node-i}.
 *
 * @param discovery {@code -E} settings that say how the node forms or joins its cluster
 * @param readyPath the HTTP path that answers 200 once the node is usable on its own; null for a node of a
 *                  cluster, which is ready when it answers at all (usable only once enough nodes have joined)
 * @param startTimeout how long the node may take to be ready
 */
record NodeSpec(String name, String clusterName, Path dir, int httpPort, int transportPort, List<String> discovery,
                String readyPath, Duration startTimeout) {

    NodeSpec {
        discovery = List.copyOf(discovery);
    }

    Path dataDir() {
        return dir.resolve("data");
    }

    Path logsDir() {
        return dir.resolve("logs");
    }

    Path tmpDir() {
        return dir.resolve("tmp");
    }

    Path pidFile() {
        return dir.resolve("elasticsearch.pid");
    }
}
