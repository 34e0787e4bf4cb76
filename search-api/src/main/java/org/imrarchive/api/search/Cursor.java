package org.imrarchive.api.search;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.HttpResponseException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page starts: the sort values of the last hit shown (Elasticsearch's search_after,
 * which pages any depth, unlike from/size which stops at 10,000) with the sort and a fingerprint of
 * the search it belongs to, so a cursor replayed against a different search is refused, not misread.
 * Clients treat it as opaque (URL-safe base64 of a small JSON object).
 */
record Cursor(SortOrder sort, String search, List<FieldValue> after) {

    static final String INVALID = "cursor is not valid: pass the nextCursor of the previous page unchanged";

    private static final ObjectMapper JSON = new ObjectMapper();

    String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("s", sort.param());
        node.put("f", search);
        ArrayNode values = node.putArray("a");
        for (FieldValue v : after) {
            switch (v._kind()) {
                case Long -> values.add(v.longValue());
                case Double -> values.add(v.doubleValue());
                case String -> values.add(v.stringValue());
                case Boolean -> values.add(v.booleanValue());
                default -> values.addNull();
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The values a page of that sort can end on: a score (any finite number) or a decision date (epoch
     * milliseconds), then the id. A cursor edited to hold anything else is refused here, before Elasticsearch
     * fails on it with its own wording.
     */
    private static boolean fitsSort(SortOrder sort, List<FieldValue> after) {
        FieldValue first = after.get(0);
        boolean firstFits = sort == SortOrder.DATE
                ? first.isLong()
                : first.isLong() || first.isDouble() && Double.isFinite(first.doubleValue());
        return firstFits && after.get(1).isString();
    }

    static Cursor decode(String token) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(token.trim()));
            SortOrder sort = SortOrder.parse(node.path("s").asText());
            List<FieldValue> after = new ArrayList<>();
            for (JsonNode v : node.path("a")) {
                if (v.isIntegralNumber()) {
                    after.add(FieldValue.of(v.longValue()));
                } else if (v.isNumber()) {
                    after.add(FieldValue.of(v.doubleValue()));
                } else if (v.isTextual()) {
                    after.add(FieldValue.of(v.textValue()));
                } else if (v.isBoolean()) {
                    after.add(FieldValue.of(v.booleanValue()));
                } else {
                    after.add(FieldValue.NULL);
                }
            }
            if (after.size() != 2 || !node.path("f").isTextual() || !fitsSort(sort, after)) {
                throw new IllegalArgumentException("wrong shape");
            }
            return new Cursor(sort, node.path("f").textValue(), List.copyOf(after));
        } catch (HttpResponseException | IllegalArgumentException | java.io.IOException e) {
            throw new BadRequestResponse(INVALID);
        }
    }
}
