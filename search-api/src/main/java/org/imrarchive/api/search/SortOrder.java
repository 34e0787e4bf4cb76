package org.imrarchive.api.search;

import java.util.List;
import org.imrarchive.api.RequestParams;

/** How hits are ordered; both end with the decision id so the order is total and cursors are stable. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Newest decision date first; decisions without a date last. */
    DATE;

    static SortOrder parse(String value) {
        return valueOf(RequestParams.oneOf("sort", value, List.of("RELEVANCE", "DATE")));
    }

    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
