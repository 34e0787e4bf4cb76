package org.imrarchive.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

/**
 * Reads a bounded JSON request body: too large is a 413, anything else that is not exactly one JSON
 * object of the request's shape a 400 saying where and which field, in the request's words (never the
 * name of a Java class or of a parser limit).
 *
 * <p>Strict on purpose: a second value after the object ({@code {..}{..}} or {@code {..} junk}) is refused
 * rather than ignored, and a scalar of the wrong kind is refused rather than converted ({@code true} or
 * {@code 42} for a text field, {@code "10"} or {@code 2.5} for a number), so what the server acts on is
 * what the caller wrote.
 */
public final class JsonBody {

    private final ObjectMapper mapper;
    private final int maxBytes;

    public JsonBody(ObjectMapper mapper, int maxBytes) {
        this.mapper = strict(mapper);
        this.maxBytes = maxBytes;
    }

    private static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper strict = shared.copy();
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean}) {
            strict.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        return strict;
    }

    public <T> T read(Context ctx, Class<T> type) {
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            throw new ContentTooLargeResponse("the request body is larger than " + maxBytes + " bytes");
        }
        byte[] body;
        try (InputStream in = ctx.bodyInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new BadRequestResponse("the request body could not be read");
        }
        if (body.length > maxBytes) {
            throw new ContentTooLargeResponse("the request body is larger than " + maxBytes + " bytes");
        }
        if (body.length == 0) {
            throw new BadRequestResponse("a JSON body is required");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new BadRequestResponse("a JSON object is required, not null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse(explain(e));
        } catch (IOException e) {
            throw new BadRequestResponse("the request body could not be read");
        }
    }

    /** What is wrong, where, and with which field; the library's own wording only for JSON syntax errors. */
    private static String explain(JsonProcessingException e) {
        String where = where(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            return "the body is not valid JSON for this request" + where
                    + ": it is nested too deeply, or holds a number or text too long";
        }
        if (e instanceof JsonParseException) {
            return "the body is not valid JSON" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse("");
        }
        String field = e instanceof JsonMappingException m ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")) : "";
        if (e.getOriginalMessage().startsWith("Trailing token")) {
            return "the body must be one JSON object and nothing after it" + where;
        }
        if (field.isEmpty()) {
            return "the body must be a JSON object" + where;
        }
        Class<?> expected = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        return field + " must be " + kind(expected) + where;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text (a JSON string)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a JSON object";
    }
}
