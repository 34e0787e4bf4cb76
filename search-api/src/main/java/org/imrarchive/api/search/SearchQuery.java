package org.imrarchive.api.search;

import io.javalin.http.BadRequestResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrarchive.analytics.DecisionFilter;
import org.imrarchive.api.RequestParams;

/**
 * A checked search request of {@code GET /api/search}.
 *
 * @param filter which decisions: the same {@link DecisionFilter} (and parameters) as the statistics
 * @param sort   relevance (default with a text query) or date
 * @param size   hits per page, 0..{@value #MAX_SIZE} (larger requests are capped, not refused)
 * @param cursor where this page starts, from the previous page's {@code nextCursor}
 */
public record SearchQuery(DecisionFilter filter, SortOrder sort, int size, Optional<Cursor> cursor) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static SearchQuery parse(Map<String, List<String>> parameters) {
        DecisionFilter filter;
        try {
            filter = DecisionFilter.fromParams(parameters);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        RequestParams params = new RequestParams(parameters);
        SortOrder sort = params.text("sort").map(SortOrder::parse)
                .orElse(filter.q() != null ? SortOrder.RELEVANCE : SortOrder.DATE);
        SearchQuery query = new SearchQuery(filter, sort, size(params), Optional.empty());
        Optional<Cursor> cursor = params.text("cursor").map(Cursor::decode);
        if (cursor.isPresent()) {
            if (cursor.get().sort() != sort || !cursor.get().search().equals(query.fingerprint())) {
                throw new BadRequestResponse("cursor belongs to a different search: start again without a cursor");
            }
            query = new SearchQuery(filter, sort, query.size(), cursor);
        }
        return query;
    }

    /**
     * 0..100; any larger whole number, however many digits, is capped at 100 rather than refused (as the
     * API documentation says), so a greedy client still gets a page.
     */
    private static int size(RequestParams params) {
        Optional<String> raw = params.text("size");
        if (raw.isEmpty()) {
            return DEFAULT_SIZE;
        }
        if (!raw.get().matches("\\d+")) {
            throw new BadRequestResponse("size must be a whole number from 0 (at most " + MAX_SIZE + " are returned), not '"
                    + RequestParams.shorten(raw.get()) + "'");
        }
        String digits = raw.get().replaceFirst("^0+(?=\\d)", "");
        return digits.length() > 3 ? MAX_SIZE : Math.min(Integer.parseInt(digits), MAX_SIZE);
    }

    /**
     * Identifies what is searched and in which order (not the page), to tie cursors to their search.
     * The filter's sets are sorted, so its text is the same for the same search in any JVM.
     */
    String fingerprint() {
        String canonical = String.join("\u0000", filter.toString(), sort.name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
