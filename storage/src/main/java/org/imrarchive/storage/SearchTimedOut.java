package org.imrarchive.storage;

import java.time.Duration;

/**
 * A search that Elasticsearch stopped at the gateway's search timeout. Its partial answer is not
 * returned: a count or a ranking over part of the archive would look like the whole.
 */
public final class SearchTimedOut extends RuntimeException {

    private final Duration timeout;

    public SearchTimedOut(Duration timeout) {
        super("the search ran longer than " + timeout.toMillis() + " ms and was stopped", null, false, false);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
