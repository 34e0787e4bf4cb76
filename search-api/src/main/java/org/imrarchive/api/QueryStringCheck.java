package org.imrarchive.api;

import io.javalin.http.BadRequestResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a query string that is not well-formed percent-encoded UTF-8. Jetty drops a parameter it
 * cannot decode ({@code q=knee%zz}) without a word, so the request would be answered for the whole
 * archive as if the filter had not been given; a 400 naming the parameter is the honest answer.
 */
final class QueryStringCheck {

    private QueryStringCheck() {
    }

    /** @throws BadRequestResponse a 400 naming the first parameter whose name or value does not decode */
    static void check(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            if (name == null) {
                throw new BadRequestResponse("the query parameter name '" + RequestParams.shorten(rawName)
                        + "' is not valid percent-encoded UTF-8 (a % is followed by two hexadecimal digits)");
            }
            if (equals >= 0 && decode(pair.substring(equals + 1)) == null) {
                throw new BadRequestResponse(RequestParams.shorten(name) + " is not valid percent-encoded UTF-8 (a % is "
                        + "followed by two hexadecimal digits): '" + RequestParams.shorten(pair.substring(equals + 1)) + "'");
            }
        }
    }

    /** The decoded text, or null when a % escape is malformed or its bytes are not UTF-8. */
    static String decode(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return null;
                }
                escaped.write(high * 16 + low);
                i += 2;
                continue;
            }
            if (escaped.size() > 0 && !appendUtf8(text, escaped)) {
                return null;
            }
            text.append(c == '+' ? ' ' : c);
        }
        return escaped.size() > 0 && !appendUtf8(text, escaped) ? null : text.toString();
    }

    /** Appends a run of escaped bytes, decoded strictly: an invalid UTF-8 sequence is refused, not replaced. */
    private static boolean appendUtf8(StringBuilder text, ByteArrayOutputStream escaped) {
        try {
            text.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(escaped.toByteArray())));
            escaped.reset();
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
