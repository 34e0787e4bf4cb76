package org.imrarchive.cli;

import java.nio.file.Path;
import java.util.Map;
import org.imrarchive.api.ApiConfig;
import org.imrarchive.api.SearchLimits;
import org.imrarchive.storage.runtime.ElasticsearchRuntimes;

/** The API server's configuration from the environment, with command-line flags taking precedence. */
final class ServerSettings {

    private ServerSettings() {
    }

    static ApiConfig fromEnvironment(Map<String, String> env, String hostFlag, Integer portFlag) {
        ApiConfig config = ApiConfig.defaults();
        String host = hostFlag != null ? hostFlag : env.get("IMR_BIND");
        if (host != null) {
            config = config.withHost(host);
        }
        if (portFlag != null) {
            config = config.withPort(portFlag);
        } else if (env.get("IMR_PORT") != null) {
            config = config.withPort(parse("IMR_PORT", env.get("IMR_PORT")));
        }
        if (env.get("IMR_API_KEY") != null) {
            config = config.withApiKey(env.get("IMR_API_KEY"));
        }
        if (env.get("IMR_MAX_UPLOAD_MB") != null) {
            config = config.withMaxUploadBytes(parse("IMR_MAX_UPLOAD_MB", env.get("IMR_MAX_UPLOAD_MB")) * 1024L * 1024L);
        }
        int searches = env.get("IMR_MAX_CONCURRENT_SEARCHES") == null ? SearchLimits.DEFAULT_MAX_CONCURRENT
                : parse("IMR_MAX_CONCURRENT_SEARCHES", env.get("IMR_MAX_CONCURRENT_SEARCHES"));
        int costly = env.get("IMR_MAX_CONCURRENT_COSTLY_SEARCHES") == null
                ? Math.min(SearchLimits.DEFAULT_MAX_CONCURRENT_COSTLY, searches)
                : parse("IMR_MAX_CONCURRENT_COSTLY_SEARCHES", env.get("IMR_MAX_CONCURRENT_COSTLY_SEARCHES"));
        try {
            config = config.withSearchLimits(new SearchLimits(searches, costly));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("IMR_MAX_CONCURRENT_SEARCHES and IMR_MAX_CONCURRENT_COSTLY_SEARCHES: "
                    + e.getMessage());
        }
        Path home = ElasticsearchRuntimes.home(env);
        return config.withUploadDirectory(home.resolve("uploads"));
    }

    private static int parse(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
        }
    }
}
