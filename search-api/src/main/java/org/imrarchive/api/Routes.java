package org.imrarchive.api;

import io.javalin.Javalin;

/**
 * A group of endpoints. {@link ApiServer} registers its own groups and then any given to it, which is
 * how modules the API does not depend on (the analytics module's {@code /api/stats/*}) plug in.
 * Handlers throw Javalin's own {@code HttpResponseException}s ({@code BadRequestResponse}, ...) for 4xx
 * answers; every other exception is mapped centrally (Elasticsearch down: 503; anything else: a 500 JSON
 * body without details).
 */
@FunctionalInterface
public interface Routes {
    void register(Javalin app);
}
