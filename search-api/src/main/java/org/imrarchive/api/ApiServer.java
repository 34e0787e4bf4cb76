package org.imrarchive.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.imrarchive.analytics.UpholdRates;
import org.imrarchive.api.stats.StatsRoutes;
import org.imrarchive.api.dimensions.DimensionRoutes;
import org.imrarchive.api.imports.ImportRoutes;
import org.imrarchive.api.precedent.PrecedentRoutes;
import org.imrarchive.api.search.SearchRoutes;
import org.imrarchive.importer.ImportJobs;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.runtime.NodeSupervision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API ({@code imr serve}): JSON over the archive, the OpenAPI description and its page, and
 * the browser UI's static files (classpath folder {@code /web}) at {@code /}.
 *
 * <p>Endpoint groups are {@link Routes}; {@code extraRoutes} adds groups from modules this one does
 * not know, such as the analytics module's {@code /api/stats/*}.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;
    private final List<String> routes;

    private ApiServer(Javalin app, List<String> routes) {
        this.app = app;
        this.routes = routes;
    }

    public static ApiServer start(ApiConfig config, ArchiveGateway gateway, ImportJobs imports) {
        return start(config, gateway, imports, List.of());
    }

    public static ApiServer start(ApiConfig config, ArchiveGateway gateway, ImportJobs imports, List<Routes> extraRoutes) {
        return start(config, gateway, imports, extraRoutes, Optional::empty);
    }

    /**
     * @param embeddedNode how the embedded node this process keeps running is doing (see
     *                     {@code ElasticsearchRuntime#supervision}), shown by the health endpoint
     */
    public static ApiServer start(ApiConfig config, ArchiveGateway gateway, ImportJobs imports, List<Routes> extraRoutes,
                                  Supplier<Optional<NodeSupervision>> embeddedNode) {
        ObjectMapper json = ApiJson.mapper();
        ApiKeyGuard guard = new ApiKeyGuard(config.apiKey());
        SearchAdmission admission = new SearchAdmission(config.searchLimits());
        List<Routes> routes = new ArrayList<>(List.of(
                new HealthRoutes(gateway, embeddedNode),
                new SearchRoutes(gateway, admission),
                new PrecedentRoutes(gateway, new JsonBody(json, config.maxJsonBytes()), admission),
                new ImportRoutes(imports, config, guard),
                new StatsRoutes(new UpholdRates(gateway), admission),
                new DimensionRoutes(),
                new DocsRoutes()));
        routes.addAll(extraRoutes);

        List<String> served = new ArrayList<>();
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.events.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod()) {
                    served.add(h.getHttpMethod() + " " + h.getPath());
                }
            });
            c.jsonMapper(new JavalinJackson(json, false));
            c.http.maxRequestSize = config.maxJsonBytes();
            c.jetty.multipartConfig.cacheDirectory(config.uploadDirectory().toString());
            c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            // Jetty refuses some requests before Javalin sees them (URI or headers too long, NUL in the
            // path) with its own HTML page; answer those in the API's JSON shape too.
            c.jetty.modifyServer(server -> server.setErrorHandler(new JsonBadMessageHandler()));
            c.staticFiles.enableWebjars();
            if (ApiServer.class.getResource("/web") != null) {
                c.staticFiles.add(s -> {
                    s.hostedPath = "/";
                    s.directory = "/web";
                    s.location = Location.CLASSPATH;
                    s.headers = SecurityHeaders.forPath("/");
                });
            }
        });
        app.before(ctx -> SecurityHeaders.forPath(ctx.path()).forEach(ctx::header));
        app.before(ctx -> QueryStringCheck.check(ctx.queryString()));
        ErrorMapping.register(app);
        routes.forEach(r -> r.register(app));
        app.start(config.host(), config.port());
        log.info("API listening on http://{}:{}/ (docs at /api/docs)", config.host(), app.port());
        return new ApiServer(app, List.copyOf(served));
    }

    /** Every endpoint served, as "GET /api/search": what the OpenAPI document must describe. */
    List<String> routes() {
        return routes;
    }

    /** The port listened on (the actual one when the configuration asked for 0). */
    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
