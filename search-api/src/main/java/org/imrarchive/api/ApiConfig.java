package org.imrarchive.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the API server listens and what it accepts.
 *
 * @param host           interface to bind; 127.0.0.1 by default so a laptop install is not reachable from the network
 * @param port           0 picks a free port (tests)
 * @param apiKey         when present, write endpoints (imports) need it in {@code X-API-Key} or {@code Authorization: ApiKey ...}
 * @param maxUploadBytes largest accepted import upload (all files of one request together)
 * @param maxJsonBytes   largest accepted JSON request body (precedent requests)
 * @param uploadDirectory where uploads are written before the import reads them; each request gets its own sub-folder
 * @param searchLimits   how many searches run in Elasticsearch at once before more are refused with 429
 */
public record ApiConfig(String host, int port, Optional<String> apiKey, long maxUploadBytes, int maxJsonBytes,
                        Path uploadDirectory, SearchLimits searchLimits) {

    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 512L * 1024 * 1024;
    public static final int DEFAULT_MAX_JSON_BYTES = 64 * 1024;

    public ApiConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        apiKey = apiKey == null ? Optional.empty() : apiKey.filter(k -> !k.isBlank());
        if (maxUploadBytes <= 0 || maxJsonBytes <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
        uploadDirectory = uploadDirectory == null ? Path.of(System.getProperty("java.io.tmpdir")) : uploadDirectory;
        searchLimits = searchLimits == null ? SearchLimits.defaults() : searchLimits;
    }

    public static ApiConfig defaults() {
        return new ApiConfig(DEFAULT_HOST, DEFAULT_PORT, Optional.empty(), DEFAULT_MAX_UPLOAD_BYTES,
                DEFAULT_MAX_JSON_BYTES, null, null);
    }

    public ApiConfig withHost(String newHost) {
        return new ApiConfig(newHost, port, apiKey, maxUploadBytes, maxJsonBytes, uploadDirectory, searchLimits);
    }

    public ApiConfig withPort(int newPort) {
        return new ApiConfig(host, newPort, apiKey, maxUploadBytes, maxJsonBytes, uploadDirectory, searchLimits);
    }

    public ApiConfig withApiKey(String key) {
        return new ApiConfig(host, port, Optional.ofNullable(key), maxUploadBytes, maxJsonBytes, uploadDirectory, searchLimits);
    }

    public ApiConfig withMaxUploadBytes(long bytes) {
        return new ApiConfig(host, port, apiKey, bytes, maxJsonBytes, uploadDirectory, searchLimits);
    }

    public ApiConfig withUploadDirectory(Path directory) {
        return new ApiConfig(host, port, apiKey, maxUploadBytes, maxJsonBytes, directory, searchLimits);
    }

    public ApiConfig withSearchLimits(SearchLimits limits) {
        return new ApiConfig(host, port, apiKey, maxUploadBytes, maxJsonBytes, uploadDirectory, limits);
    }
}
