package org.imrarchive.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.imrarchive.letter.LetterJson;

/** The JSON mapper documents go to Elasticsearch with: the letter's, without null fields. */
final class StorageJson {
    private StorageJson() {
    }

    static ObjectMapper mapper() {
        return LetterJson.mapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
