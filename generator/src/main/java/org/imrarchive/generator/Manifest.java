package org.imrarchive.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** {@code manifest.jsonl}: one {@link LetterTruth} per line, in corpus order. */
public final class Manifest {
    public static final String FILE_NAME = "manifest.jsonl";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writerFor(LetterTruth.class);
    private static final ObjectReader READER = MAPPER.readerFor(LetterTruth.class);

    private Manifest() {
    }

    static String line(LetterTruth truth) {
        try {
            return WRITER.writeValueAsString(truth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The truths of the corpus in {@code folder} (or of a manifest file given directly). */
    public static List<LetterTruth> read(Path folderOrFile) throws IOException {
        Path file = Files.isDirectory(folderOrFile) ? folderOrFile.resolve(FILE_NAME) : folderOrFile;
        List<LetterTruth> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(READER.readValue(line));
                }
            }
        }
        return out;
    }
}
