package org.imrarchive.api.search;

import io.javalin.http.NotFoundResponse;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.imrarchive.api.RequestParams;
import org.imrarchive.api.Routes;
import org.imrarchive.api.SearchAdmission;
import org.imrarchive.storage.ArchiveGateway;

/** {@code GET /api/search}, {@code GET /api/decisions/{id}}, {@code GET /api/letters/{id}}. */
public final class SearchRoutes implements Routes {

    /** Elasticsearch refuses ids over 512 bytes; such an id cannot exist. */
    private static final int MAX_ID_LENGTH = 512;

    private final ArchiveGateway gateway;
    private final DecisionSearch search;
    private final SearchAdmission admission;

    public SearchRoutes(ArchiveGateway gateway, SearchAdmission admission) {
        this.gateway = gateway;
        this.search = new DecisionSearch(gateway);
        this.admission = admission;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/search", admission.admit(ctx -> SearchAdmission.Cost.ofText(ctx.queryParam("q")),
                ctx -> ctx.json(search.run(SearchQuery.parse(ctx.queryParamMap())))));
        app.get("/api/decisions/{id}", ctx -> {
            String id = id(ctx);
            ctx.json(gateway.decision(id).orElseThrow(() -> new NotFoundResponse("no decision with id " + RequestParams.shorten(id))));
        });
        app.get("/api/letters/{id}", ctx -> {
            String id = id(ctx);
            ctx.json(gateway.letter(id).orElseThrow(() -> new NotFoundResponse("no letter with id " + RequestParams.shorten(id))));
        });
    }

    static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new NotFoundResponse("no such id");
        }
        return id;
    }
}
