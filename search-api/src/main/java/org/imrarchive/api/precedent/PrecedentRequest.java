package org.imrarchive.api.precedent;

import io.javalin.http.BadRequestResponse;

/**
 * A new request a reviewer wants precedents for ({@code POST /api/precedents}).
 *
 * @param item            the disputed item as the request states it ("Lumbar discogram L3-4, L4-5")
 * @param clinicalSummary optional: the case's clinical summary, to prefer precedents with a similar picture
 * @param guideline       optional: a guideline source (ODG, MTUS_ACOEM, ...) or words of a citation
 * @param size            how many precedents to list (default 10, at most 50)
 */
public record PrecedentRequest(String item, String clinicalSummary, String guideline, Integer size) {

    static final int MAX_TEXT = 20_000;

    void check() {
        if (item == null || item.isBlank()) {
            throw new BadRequestResponse("item is required: the disputed item's text, e.g. \"Lumbar discogram L4-5\"");
        }
        if (item.length() > 1000) {
            throw new BadRequestResponse("item is too long: at most 1000 characters");
        }
        if (clinicalSummary != null && clinicalSummary.length() > MAX_TEXT) {
            throw new BadRequestResponse("clinicalSummary is too long: at most " + MAX_TEXT + " characters");
        }
        if (guideline != null && guideline.length() > 1000) {
            throw new BadRequestResponse("guideline is too long: at most 1000 characters");
        }
        if (size != null && (size < 1 || size > 50)) {
            throw new BadRequestResponse("size must be between 1 and 50, not " + size);
        }
    }
}
