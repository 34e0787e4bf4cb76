package org.imrarchive.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads a bounded JSON request body: too large is a 413, unreadable JSON a 400 saying where. */
public final class JsonBody {

    private final ObjectMapper mapper;
    private final int maxBytes;

    public JsonBody(ObjectMapper mapper, int maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    public <T> T read(Context ctx, Class<T> type) {
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            throw ApiProblem.tooLarge("the request body is larger than " + maxBytes + " bytes");
        }
        byte[] body;
        try (InputStream in = ctx.bodyInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw ApiProblem.badRequest("the request body could not be read");
        }
        if (body.length > maxBytes) {
            throw ApiProblem.tooLarge("the request body is larger than " + maxBytes + " bytes");
        }
        if (body.length == 0) {
            throw ApiProblem.badRequest("a JSON body is required");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiProblem.badRequest("a JSON object is required, not null");
            }
            return value;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw ApiProblem.badRequest("the body is not valid JSON for this request"
                    + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw ApiProblem.badRequest("the request body could not be read");
        }
    }
}
