package org.imrarchive.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to a request it cannot read (414, 431, a bad path): JSON like every other API error,
 * with the same security headers (Jetty answers these before any Javalin handler could add them).
 */
final class JsonBadMessageHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.forPath("/").forEach(fields::put);
        ErrorBody body = new ErrorBody("the request could not be read: " + (reason == null ? "bad request" : reason), status);
        try {
            return ByteBuffer.wrap(ApiJson.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body is always serialisable", e);
        }
    }
}
