package org.imrarchive.api;

import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the API key of write requests when one is configured. The key may come as {@code X-API-Key: k}
 * or {@code Authorization: ApiKey k}. Both sides are hashed before the constant-time comparison so
 * neither the content nor the length of the key leaks through timing.
 */
public final class ApiKeyGuard {

    private final Optional<byte[]> expected;

    public ApiKeyGuard(Optional<String> apiKey) {
        this.expected = apiKey.map(ApiKeyGuard::sha256);
    }

    public boolean enabled() {
        return expected.isPresent();
    }

    /** Throws a 401 problem unless the request carries the configured key (or none is configured). */
    public void require(Context ctx) {
        if (expected.isEmpty()) {
            return;
        }
        Optional<String> given = presented(ctx);
        if (given.isEmpty() || !MessageDigest.isEqual(sha256(given.get()), expected.get())) {
            ctx.header("WWW-Authenticate", "ApiKey");
            throw new UnauthorizedResponse(given.isEmpty()
                    ? "this endpoint needs an API key: send it in the X-API-Key header"
                    : "the API key is not valid");
        }
    }

    private static Optional<String> presented(Context ctx) {
        String header = ctx.header("X-API-Key");
        if (header != null && !header.isBlank()) {
            return Optional.of(header.trim());
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("apikey ")) {
            return Optional.of(authorization.substring("apikey ".length()).trim());
        }
        return Optional.empty();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
