package org.imrarchive.api.precedent;

import io.javalin.http.NotFoundResponse;
import io.javalin.Javalin;
import org.imrarchive.api.JsonBody;
import org.imrarchive.api.RequestParams;
import org.imrarchive.api.Routes;
import org.imrarchive.api.SearchAdmission;
import org.imrarchive.storage.ArchiveGateway;

/**
 * {@code GET /api/decisions/{id}/similar} and {@code POST /api/precedents}; both take {@code ?retrieval=bm25|hybrid}
 * ({@link Retrieval}, default bm25).
 */
public final class PrecedentRoutes implements Routes {

    private final SimilarDecisions similar;
    private final Precedents precedents;
    private final JsonBody body;
    private final SearchAdmission admission;

    public PrecedentRoutes(ArchiveGateway gateway, JsonBody body, SearchAdmission admission) {
        this.similar = new SimilarDecisions(gateway);
        this.precedents = new Precedents(gateway, new QueryEmbedding());
        this.body = body;
        this.admission = admission;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/decisions/{id}/similar", admission.admit(SearchAdmission.Cost.COSTLY, ctx -> {
            String id = ctx.pathParam("id");
            if (id.isBlank() || id.length() > 512) {
                throw new NotFoundResponse("no such decision");
            }
            ctx.json(similar.find(id, new RequestParams(ctx.queryParamMap())));
        }));
        app.post("/api/precedents", admission.admit(SearchAdmission.Cost.COSTLY,
                ctx -> {
                    Retrieval retrieval = Retrieval.of(new RequestParams(ctx.queryParamMap()));
                    ctx.json(precedents.find(body.read(ctx, PrecedentRequest.class), retrieval));
                }));
    }
}
