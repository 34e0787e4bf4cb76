package org.imrarchive.api;

/**
 * A search the API does not start because enough are already running ({@link SearchAdmission}), or that
 * Elasticsearch refused for lack of memory or threads: answered 429 with {@code Retry-After}, so a client
 * backs off instead of piling more work on a node that is full.
 */
public final class SearchRefused extends RuntimeException {

    private final int retryAfterSeconds;

    public SearchRefused(String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
