package org.imrarchive.api;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.imrarchive.letter.LetterJson;

/**
 * The API's JSON: the letter mapper (ISO dates, nulls kept) writing {@code < > & '} and the JavaScript
 * line separators as \\u escapes. The values are unchanged for any JSON reader, but a response body
 * never contains a letter's markup literally, so even a client or proxy that mistakes it for HTML
 * cannot be made to run it.
 */
public final class ApiJson {

    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        ObjectMapper mapper = LetterJson.mapper();
        mapper.getFactory().setCharacterEscapes(new HtmlSafe());
        return mapper;
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafe() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) {
                return new com.fasterxml.jackson.core.io.SerializedString("\\u2028");
            }
            if (ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString("\\u2029");
            }
            return null;
        }
    }
}
