package org.imrarchive.cli;

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
                    Integer.parseInt(env.getOrDefault("IMR_REPLICAS", "0")));
            gateway.ensureSchema();
            return new ArchiveConnection(runtime, gateway);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
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
