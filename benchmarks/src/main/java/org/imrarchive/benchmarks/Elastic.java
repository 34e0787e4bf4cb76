package org.imrarchive.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain HTTP to Elasticsearch with java.net.http: what "without our code" means for the raw _bulk baseline,
 * and the small admin calls the benchmarks make (counts, settings, scroll).
 */
final class Elastic {
    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Elastic(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    JsonNode call(String method, String path, String body) {
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json");
            r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends one NDJSON bulk body; returns whether any item failed. */
    boolean bulk(byte[] ndjson) {
        try {
            HttpRequest r = HttpRequest.newBuilder(base.resolve("/_bulk")).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)).build();
            HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("_bulk -> " + response.statusCode() + ": " + response.body().substring(0, 300));
            }
            // "errors":true appears in the first bytes of the answer
            int head = Math.min(200, response.body().length());
            return response.body().substring(0, head).contains("\"errors\":true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long count(String index) {
        return call("GET", "/" + index + "/_count", null).path("count").asLong();
    }

    void refreshInterval(String index, String interval) {
        call("PUT", "/" + index + "/_settings", "{\"index\":{\"refresh_interval\":" + (interval == null ? "null" : "\"" + interval + "\"") + "}}");
    }

    void refresh(String index) {
        call("POST", "/" + index + "/_refresh", null);
    }
}
