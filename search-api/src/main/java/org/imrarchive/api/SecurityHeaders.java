package org.imrarchive.api;

import java.util.Map;

/**
 * Headers on every response. The policy allows only this origin's scripts and styles and no framing,
 * so even if a string from a letter were ever inserted into a page as HTML it could not run.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; object-src 'none'; frame-ancestors 'none'";

    /**
     * Swagger UI sets inline style attributes and uses data: images; on the docs page only, styles may
     * be inline. Scripts stay 'self'.
     */
    static final String DOCS_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static Map<String, String> forPath(String path) {
        boolean docs = path.startsWith("/api/docs") || path.startsWith("/webjars/");
        return Map.of(
                "Content-Security-Policy", docs ? DOCS_POLICY : POLICY,
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "X-Frame-Options", "DENY");
    }
}
