package org.imrarchive.storage.runtime;

import java.nio.file.Path;

/**
 * Where and how the embedded Elasticsearch runs.
 *
 * @param home         the archive's home; the node's data lives in {@code home/data} so a restart finds it again
 * @param distribution the {@code integ-test-zip} distribution from Maven Central
 * @param analysisPlugin this repository's analysis plugin zip
 * @param port         HTTP port on 127.0.0.1, or 0 for a free one
 * @param heap         JVM heap for the node, e.g. {@code 1g}
 */
public record EmbeddedSettings(Path home, Path distribution, Path analysisPlugin, int port, String heap) {

    public Path dataDir() {
        return home.resolve("data");
    }

    public Path logsDir() {
        return home.resolve("logs");
    }

    public Path installDir() {
        return home.resolve("elasticsearch");
    }
}
