package org.imrarchive.api;

/** Every error the API answers has this shape: {@code {"error": "...", "status": 400}}. */
public record ErrorBody(String error, int status) {
}
