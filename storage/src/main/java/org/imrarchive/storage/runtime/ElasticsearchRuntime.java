package org.imrarchive.storage.runtime;

/**
 * The Elasticsearch an entry point talks to: an embedded node this process started (and must stop),
 * or an external cluster it only connects to. Every entry point (command line, API server, tests)
 * gets its cluster through {@link ElasticsearchRuntimes#fromEnvironment}.
 */
public interface ElasticsearchRuntime extends AutoCloseable {

    ClusterAddress address();

    /** A short description for logs and the health endpoint, e.g. "embedded at http://127.0.0.1:9200". */
    String describe();

    /** How the embedded node this process keeps running is doing; empty for a cluster run by someone else. */
    default java.util.Optional<NodeSupervision> supervision() {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
