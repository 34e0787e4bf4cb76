package org.imrarchive.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.runtime.ElasticsearchRuntime;
import org.imrarchive.storage.runtime.ElasticsearchRuntimes;

/**
 * The cluster (embedded or external, from the environment) and the gateway over it, opened together
 * and closed together, so a command never leaves a node running behind it.
 */
final class ArchiveConnection implements AutoCloseable {

    private final ElasticsearchRuntime runtime;
    private final ArchiveGateway gateway;

    private ArchiveConnection(ElasticsearchRuntime runtime, ArchiveGateway gateway) {
        this.runtime = runtime;
        this.gateway = gateway;
    }

    static ArchiveConnection open(Map<String, String> env) {
        ElasticsearchRuntime runtime = ElasticsearchRuntimes.fromEnvironment(env);
        try {
            ArchiveGateway gateway = ArchiveGateway.connect(runtime.address(),
                    env.getOrDefault("IMR_INDEX_PREFIX", ArchiveGateway.DEFAULT_PREFIX),
                    Integer.parseInt(env.getOrDefault("IMR_REPLICAS", "0")), searchTimeout(env));
            gateway.ensureSchema();
            return new ArchiveConnection(runtime, gateway);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    /** {@code IMR_SEARCH_TIMEOUT}: seconds ("10", "2.5") or an ISO duration ("PT10S"). */
    static Duration searchTimeout(Map<String, String> env) {
        String value = env.get("IMR_SEARCH_TIMEOUT");
        if (value == null || value.isBlank()) {
            return ArchiveGateway.DEFAULT_SEARCH_TIMEOUT;
        }
        try {
            Duration timeout = value.trim().toUpperCase().startsWith("P") ? Duration.parse(value.trim())
                    : Duration.ofMillis(Math.round(Double.parseDouble(value.trim()) * 1000));
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("IMR_SEARCH_TIMEOUT must be positive, not '" + value + "'");
            }
            return timeout;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("IMR_SEARCH_TIMEOUT must be seconds (e.g. 10), not '" + value + "'");
        }
    }

    ArchiveGateway gateway() {
        return gateway;
    }

    ElasticsearchRuntime runtime() {
        return runtime;
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            runtime.close();
        }
    }
}
