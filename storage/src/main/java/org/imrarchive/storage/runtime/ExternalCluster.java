package org.imrarchive.storage.runtime;

/** A cluster someone else runs: nothing to start or stop. */
public record ExternalCluster(ClusterAddress address) implements ElasticsearchRuntime {

    @Override
    public String describe() {
        return "external cluster at " + address.nodes();
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
