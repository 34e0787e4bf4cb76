package org.imrarchive.api;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.ConnectException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every exception to a JSON answer: what the caller did wrong is a 4xx with a message, an
 * unreachable Elasticsearch a 503, and anything else a 500 that says nothing of the internals (the
 * details go to the log). No stack trace ever reaches a client.
 */
final class ErrorMapping {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(Javalin app) {
        app.exception(ApiProblem.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        // Javalin's own: unknown endpoint (404), wrong method (405), body too large (413), ...
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        app.exception(ElasticsearchException.class, ErrorMapping::elasticsearch);
        app.exception(UncheckedIOException.class, (e, ctx) -> unreachable(ctx, e));
        app.exception(TransportException.class, (e, ctx) -> unreachable(ctx, e));
        app.exception(Exception.class, (e, ctx) -> {
            if (causedBy(e, TransportException.class) || causedBy(e, ConnectException.class)) {
                unreachable(ctx, e);
                return;
            }
            log.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error");
        });
    }

    static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(new ErrorBody(message, status));
    }

    private static void elasticsearch(ElasticsearchException e, Context ctx) {
        int status = e.status();
        String type = e.error() == null ? null : e.error().type();
        if ("index_not_found_exception".equals(type)) {
            answer(ctx, 503, "the archive's indices do not exist yet: import letters first");
        } else if (status == 400) {
            // Our queries are built, not passed through; a 400 from Elasticsearch means the user's input
            // still made an impossible query (e.g. too many clauses). Say so without internals.
            log.warn("Elasticsearch rejected a query on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, 400, "the search could not be run: " + (e.error() == null ? "invalid query" : e.error().reason()));
        } else if (status == 429 || status >= 500) {
            log.warn("Elasticsearch unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, 503, "Elasticsearch is unavailable: try again shortly");
        } else {
            log.error("Elasticsearch error on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error");
        }
    }

    private static void unreachable(Context ctx, Exception e) {
        log.warn("Elasticsearch unreachable on {} {}: {}", ctx.method(), ctx.path(), e.toString());
        answer(ctx, 503, "Elasticsearch is unreachable: the archive cannot be searched right now");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
