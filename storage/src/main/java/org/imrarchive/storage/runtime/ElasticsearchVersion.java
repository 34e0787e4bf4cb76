package org.imrarchive.storage.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Elasticsearch version this build runs against. Maven writes it into a resource from the parent
 * pom's {@code elasticsearch.version}, so a version bump is one edit there.
 */
public final class ElasticsearchVersion {

    public static final String CURRENT = read();

    private ElasticsearchVersion() {
    }

    private static String read() {
        try (InputStream in = ElasticsearchVersion.class.getResourceAsStream("elasticsearch.properties")) {
            if (in == null) {
                throw new IllegalStateException("elasticsearch.properties is missing from the storage module: build it with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
                throw new IllegalStateException("elasticsearch.properties holds '" + version + "', not a version: build it with Maven");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
