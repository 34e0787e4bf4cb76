package org.imrarchive.api;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.transport.TransportException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.ConnectException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imrarchive.storage.SearchTimedOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every exception to a JSON answer: what the caller did wrong is a 4xx with a message, a full
 * archive (too many searches, Elasticsearch's breakers or queues) a 429 with {@code Retry-After}, an
 * unreachable Elasticsearch a 503, and anything else a 500 that says nothing of the internals (the
 * details go to the log). No stack trace and no Elasticsearch wording ever reaches a client.
 */
final class ErrorMapping {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    /** Elasticsearch's ways of saying it is full: memory (circuit breakers) or threads and queues. */
    private static final Set<String> BUSY = Set.of("circuit_breaking_exception", "es_rejected_execution_exception");

    /** Elasticsearch's ways of saying a search ran out of time (when partial results are not allowed). */
    private static final Set<String> TIMED_OUT = Set.of("search_timeout_exception", "timeout_exception");

    static final int BUSY_RETRY_AFTER_SECONDS = 2;

    private ErrorMapping() {
    }

    static void register(Javalin app) {
        // The handlers' refusals (BadRequestResponse, NotFoundResponse, ...) and Javalin's own: unknown endpoint
        // (404), wrong method (405), body too large (413): all are {"error": message, "status": code}.
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        app.exception(SearchRefused.class, (e, ctx) -> busy(ctx, e.getMessage(), e.retryAfterSeconds()));
        app.exception(SearchTimedOut.class, (e, ctx) -> timedOut(ctx, e.timeout().toSeconds()));
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
        List<String> types = types(e.error());
        if (types.contains("index_not_found_exception")) {
            answer(ctx, 503, "the archive's indices do not exist yet: import letters first");
        } else if (status == 429 || types.stream().anyMatch(BUSY::contains)) {
            log.warn("Elasticsearch is full on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            busy(ctx, "the archive is busy: try again in a few seconds", BUSY_RETRY_AFTER_SECONDS);
        } else if (status == 504 || types.stream().anyMatch(TIMED_OUT::contains)) {
            log.warn("Elasticsearch search timed out on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            timedOut(ctx, 0);
        } else if (status == 400) {
            // Our queries are built, not passed through; a 400 from Elasticsearch means the user's input
            // still made an impossible query. Say so without internals (which are in the log).
            log.warn("Elasticsearch rejected a query on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, 400, "the search could not be run as asked: try fewer or simpler words");
        } else if (status >= 500) {
            log.warn("Elasticsearch unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, 503, "Elasticsearch is unavailable: try again shortly");
        } else {
            log.error("Elasticsearch error on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error");
        }
    }

    private static void busy(Context ctx, String message, int retryAfterSeconds) {
        ctx.header("Retry-After", Integer.toString(retryAfterSeconds));
        answer(ctx, 429, message);
    }

    private static void timedOut(Context ctx, long seconds) {
        ctx.header("Retry-After", Integer.toString(BUSY_RETRY_AFTER_SECONDS));
        answer(ctx, 503, "the search took too long and was stopped" + (seconds > 0 ? " after " + seconds + " s" : "")
                + ": narrow it with fewer words or more filters");
    }

    /** The error's type and the types of its causes, root causes and failed shards' reasons. */
    private static List<String> types(ErrorCause error) {
        List<String> types = new ArrayList<>();
        collect(error, types, 0);
        return types;
    }

    private static void collect(ErrorCause error, List<String> types, int depth) {
        if (error == null || depth > 8) {
            return;
        }
        types.add(error.type());
        collect(error.causedBy(), types, depth + 1);
        error.rootCause().forEach(c -> collect(c, types, depth + 1));
        // search_phase_execution_exception lists each shard's failure under "failed_shards"
        // (not modelled by the client; it arrives among the metadata as raw JSON).
        var shards = error.metadata().get("failed_shards");
        if (shards != null) {
            String raw = shards.toJson().toString();
            BUSY.stream().filter(raw::contains).forEach(types::add);
            TIMED_OUT.stream().filter(raw::contains).forEach(types::add);
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
