package org.imrarchive.api;

import io.javalin.Javalin;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.ClusterHealth;

/** {@code GET /api/health}: 200 when Elasticsearch answers and the archive's indices exist, else 503. */
final class HealthRoutes implements Routes {

    private final ArchiveGateway gateway;

    HealthRoutes(ArchiveGateway gateway) {
        this.gateway = gateway;
    }

    record Archive(Long decisions, Long letters, String error) {
    }

    record Health(String status, Archive archive, ClusterHealth elasticsearch) {
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/health", ctx -> {
            ClusterHealth cluster = gateway.health();
            Archive archive;
            if (!cluster.available()) {
                archive = new Archive(null, null, "Elasticsearch is not available");
            } else {
                archive = archive();
            }
            boolean ok = cluster.available() && archive.error() == null;
            ctx.status(ok ? 200 : 503).json(new Health(ok ? "ok" : "unavailable", archive, cluster));
        });
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
