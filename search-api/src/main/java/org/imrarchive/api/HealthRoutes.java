package org.imrarchive.api;

import io.javalin.Javalin;
import java.util.Optional;
import java.util.function.Supplier;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.ClusterHealth;
import org.imrarchive.storage.runtime.NodeSupervision;

/**
 * {@code GET /api/health}: 200 when Elasticsearch answers and the archive's indices exist, else 503.
 * With an embedded node it also says how the node is doing: while its dead process is being started
 * again, {@code elasticsearch.status} is "restarting" and {@code embeddedNode} gives the attempt.
 */
final class HealthRoutes implements Routes {

    private final ArchiveGateway gateway;
    private final Supplier<Optional<NodeSupervision>> embeddedNode;

    HealthRoutes(ArchiveGateway gateway, Supplier<Optional<NodeSupervision>> embeddedNode) {
        this.gateway = gateway;
        this.embeddedNode = embeddedNode;
    }

    record Archive(Long decisions, Long letters, String error) {
    }

    /** {@code embeddedNode} is null for a cluster this process does not run. */
    record Health(String status, Archive archive, ClusterHealth elasticsearch, NodeSupervision embeddedNode) {
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/health", ctx -> {
            NodeSupervision node = embeddedNode.get().orElse(null);
            ClusterHealth cluster = node == null || node.state() == NodeSupervision.State.running
                    ? gateway.health() : down(node);
            Archive archive;
            if (!cluster.available()) {
                archive = new Archive(null, null, "Elasticsearch is not available");
            } else {
                archive = archive();
            }
            boolean ok = cluster.available() && archive.error() == null;
            ctx.status(ok ? 200 : 503).json(new Health(ok ? "ok" : "unavailable", archive, cluster, node));
        });
    }

    private static ClusterHealth down(NodeSupervision node) {
        String error = node.state() == NodeSupervision.State.restarting
                ? "the embedded Elasticsearch node died and is being restarted (attempt " + node.attempt() + " of "
                        + node.maxAttempts() + ")"
                : "the embedded Elasticsearch node died and could not be restarted in " + node.maxAttempts()
                        + " attempts: restart the server";
        return new ClusterHealth(null, node.state().name(), 0, 0, 0, error);
    }

    private Archive archive() {
        try {
            return new Archive(gateway.count(ArchiveIndex.DECISIONS), gateway.count(ArchiveIndex.LETTERS), null);
        } catch (RuntimeException e) {
            // Elasticsearch's own wording (and a breaker's byte counts) stays in its log, not in the answer.
            return new Archive(null, null, e instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException es
                    && es.status() == 429
                    ? "the archive's indices cannot be counted while Elasticsearch is full: try again shortly"
                    : "the archive's indices cannot be counted: " + e.getMessage());
        }
    }
}
