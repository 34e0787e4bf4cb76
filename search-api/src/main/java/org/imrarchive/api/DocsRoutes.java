package org.imrarchive.api;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * {@code /openapi.json} (the hand-written description in {@code imr/api/openapi.json}, kept in step
 * with the routes by a test) and {@code /api/docs}, Swagger UI served from its webjar on the classpath:
 * no CDN, so the page works offline and loads nothing from elsewhere.
 */
final class DocsRoutes implements Routes {

    private final byte[] openApi = resource("imr/api/openapi.json");
    private final String page;
    private final byte[] script = resource("imr/api/docs.js");

    DocsRoutes() {
        this.page = new String(resource("imr/api/docs.html"), StandardCharsets.UTF_8)
                .replace("{{swaggerUi}}", "/webjars/swagger-ui/" + swaggerUiVersion());
    }

    @Override
    public void register(Javalin app) {
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/api/docs", ctx -> ctx.html(page));
        app.get("/api/docs/docs.js", ctx -> ctx.contentType("text/javascript").result(script));
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = DocsRoutes.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    static byte[] resource(String name) {
        try (InputStream in = DocsRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
