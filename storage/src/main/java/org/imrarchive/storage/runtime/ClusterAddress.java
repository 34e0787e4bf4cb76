package org.imrarchive.storage.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How to reach an Elasticsearch cluster: one or several node URLs and optional credentials.
 * An API key wins over user/password; {@code caFile} is a PEM certificate trusted for TLS.
 */
public record ClusterAddress(List<URI> nodes, Optional<String> apiKey, Optional<String> username,
                             Optional<String> password, Optional<Path> caFile) {

    public ClusterAddress {
        if (nodes == null || nodes.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch node URL is needed");
        }
        nodes = List.copyOf(nodes);
    }

    public static ClusterAddress local(int port) {
        return new ClusterAddress(List.of(URI.create("http://127.0.0.1:" + port)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Parses a comma-separated list such as {@code https://es1:9200,https://es2:9200}. */
    public static List<URI> parseNodes(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    URI uri = URI.create(s);
                    if (uri.getScheme() == null || uri.getHost() == null) {
                        throw new IllegalArgumentException("not an Elasticsearch URL: " + s + " (expected e.g. http://localhost:9200)");
                    }
                    return uri;
                })
                .toList();
    }
}
