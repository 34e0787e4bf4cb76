package org.imrarchive.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.Function;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.imrarchive.analytics.QueryWords;

/**
 * Lets a bounded number of searches into Elasticsearch at once ({@link SearchLimits}). A search that finds no
 * room within a short wait is refused with 429 and {@code Retry-After} before it reaches the node: refusing in the
 * API is cheap, while a node whose heap fills with queued searches trips its circuit breakers and then fails every
 * request, health included, until it recovers.
 */
public final class SearchAdmission {

    /** How long a search waits for a turn: a burst is smoothed out, a sustained overload is refused. */
    static final long QUEUE_WAIT_MILLIS = 250;

    static final int RETRY_AFTER_SECONDS = 1;

    /** Whether a search is one of the costly kind, which also needs a turn of its own smaller share. */
    public enum Cost {
        ORDINARY, COSTLY;

        /** Words of a search text beyond which it costs as much as a precedent request (each may expand to synonyms). */
        static final int ORDINARY_WORDS = 8;

        /**
         * The cost of a search with text {@code q}: a long question or a prefix (which expands to every word it
         * starts) is costly; a few words are ordinary.
         */
        public static Cost ofText(String q) {
            QueryWords words = QueryWords.of(q);
            return words.prefixes() > 0 || words.words() > ORDINARY_WORDS ? COSTLY : ORDINARY;
        }
    }

    private final Semaphore all;
    private final Semaphore costly;

    public SearchAdmission(SearchLimits limits) {
        this.all = new Semaphore(limits.maxConcurrentSearches(), true);
        this.costly = new Semaphore(limits.maxConcurrentCostlySearches(), true);
    }

    /** {@code handler}, run only when there is room for a search of that cost, else {@link SearchRefused}. */
    public Handler admit(Cost cost, Handler handler) {
        return admit(ctx -> cost, handler);
    }

    /** As {@link #admit(Cost, Handler)}, with the cost read from the request. */
    public Handler admit(Function<Context, Cost> costOf, Handler handler) {
        return ctx -> {
            if (costOf.apply(ctx) == Cost.COSTLY) {
                acquire(costly, "costly searches (precedents, similar decisions, long questions)");
                try {
                    runOrdinary(handler, ctx);
                } finally {
                    costly.release();
                }
            } else {
                runOrdinary(handler, ctx);
            }
        };
    }

    private void runOrdinary(Handler handler, Context ctx) throws Exception {
        acquire(all, "searches");
        try {
            handler.handle(ctx);
        } finally {
            all.release();
        }
    }

    private static void acquire(Semaphore permits, String what) {
        try {
            if (!permits.tryAcquire(QUEUE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new SearchRefused("the archive is busy with other " + what + ": try again in a moment",
                        RETRY_AFTER_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchRefused("the server is stopping: try again in a moment", RETRY_AFTER_SECONDS);
        }
    }
}
