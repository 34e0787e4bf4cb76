package org.imrarchive.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import org.imrarchive.letter.LetterJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON mapper documents go to Elasticsearch with: the letter's, without null fields. Enums are stored by
 * name; a stored name that no constant has (an archive written before a vocabulary changed) reads as null with a
 * warning, so one old document never fails a whole search response.
 */
final class StorageJson {
    private StorageJson() {
    }

    static ObjectMapper mapper() {
        return LetterJson.mapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .addHandler(new UnknownEnumAsNull());
    }

    /** Reads a name no constant of the enum has as null, and says so in the log. */
    static final class UnknownEnumAsNull extends DeserializationProblemHandler {
        private static final Logger log = LoggerFactory.getLogger(StorageJson.class);

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                                             String failureMessage) {
            if (!targetType.isEnum()) {
                return NOT_HANDLED;
            }
            log.warn("stored value \"{}\" at {} is no {}: read as absent", value,
                    context.getParser() == null ? "?" : context.getParser().getParsingContext().pathAsPointer(),
                    targetType.getSimpleName());
            return null;
        }
    }
}
