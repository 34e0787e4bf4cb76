package org.imrarchive.api.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrarchive.api.ApiProblem;
import org.imrarchive.api.RequestParams;

/**
 * A checked search request of {@code GET /api/search}.
 *
 * @param text       the user's query in simple_query_string form, empty for "everything"
 * @param selections facet filters: within a facet any value matches, across facets all must
 * @param size       hits per page, 0..{@value #MAX_SIZE} (larger requests are capped, not refused)
 * @param cursor     where this page starts, from the previous page's {@code nextCursor}
 */
public record SearchQuery(Optional<String> text, Map<Facet, List<String>> selections, Optional<LocalDate> from,
                          Optional<LocalDate> to, Optional<Integer> ageMin, Optional<Integer> ageMax, SortOrder sort,
                          int size, Optional<Cursor> cursor) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public SearchQuery {
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        selections.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, List.copyOf(values));
            }
        });
        selections = Collections.unmodifiableMap(copy);
    }

    public static SearchQuery parse(RequestParams params) {
        Optional<String> text = params.text("q").map(QuerySyntax::toSimpleQueryString);
        EnumMap<Facet, List<String>> selections = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.list(facet.param()).stream().map(facet::accept).distinct().toList();
            if (values.size() > 100) {
                throw ApiProblem.badRequest(facet.param() + ": at most 100 values");
            }
            selections.put(facet, values);
        }
        Optional<LocalDate> from = params.date("from");
        Optional<LocalDate> to = params.date("to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ApiProblem.badRequest("from (" + from.get() + ") is after to (" + to.get() + ")");
        }
        Optional<Integer> ageMin = params.integer("ageMin", 0, 130);
        Optional<Integer> ageMax = params.integer("ageMax", 0, 130);
        if (ageMin.isPresent() && ageMax.isPresent() && ageMin.get() > ageMax.get()) {
            throw ApiProblem.badRequest("ageMin (" + ageMin.get() + ") is greater than ageMax (" + ageMax.get() + ")");
        }
        SortOrder sort = params.text("sort").map(SortOrder::parse)
                .orElse(text.isPresent() ? SortOrder.RELEVANCE : SortOrder.DATE);
        int size = size(params);
        SearchQuery query = new SearchQuery(text, selections, from, to, ageMin, ageMax, sort, size, Optional.empty());
        Optional<Cursor> cursor = params.text("cursor").map(Cursor::decode);
        if (cursor.isPresent()) {
            if (cursor.get().sort() != sort || !cursor.get().search().equals(query.fingerprint())) {
                throw ApiProblem.badRequest("cursor belongs to a different search: start again without a cursor");
            }
            query = new SearchQuery(text, selections, from, to, ageMin, ageMax, sort, size, cursor);
        }
        return query;
    }

    /** 0..100; a larger size is capped at 100 rather than refused, so a greedy client still gets a page. */
    private static int size(RequestParams params) {
        Optional<String> raw = params.text("size");
        if (raw.isEmpty()) {
            return DEFAULT_SIZE;
        }
        if (!raw.get().matches("\\d{1,9}")) {
            throw ApiProblem.badRequest("size must be a whole number from 0 to " + MAX_SIZE + ", not '"
                    + RequestParams.shorten(raw.get()) + "'");
        }
        return Math.min(Integer.parseInt(raw.get()), MAX_SIZE);
    }

    /** Identifies what is searched and in which order (not the page), to tie cursors to their search. */
    String fingerprint() {
        String canonical = String.join("\u0000", text.orElse(""), selections.toString(), from.toString(),
                to.toString(), ageMin.toString(), ageMax.toString(), sort.name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
