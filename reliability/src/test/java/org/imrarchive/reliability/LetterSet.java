package org.imrarchive.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;

/**
 * A folder of many distinct letters made from the corpus by giving each copy a case number of its
 * own, and what the archive must hold after importing it: each letter once, with its decisions.
 *
 * @param letters the decisions each letter has, by case number (its id in the archive)
 * @param rejects files in the folder that are not letters
 */
record LetterSet(Path folder, Map<String, Integer> letters, List<Path> rejects) {

    private static final Pattern CASE_NUMBER = Pattern.compile("\\bCM\\s?\\d{2}\\s?[-\\u2013]\\s?\\d{5,8}\\b");

    int files() {
        return letters.size() + rejects.size();
    }

    long decisions() {
        return letters.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** Writes {@code count} letters (plus every corpus reject) into {@code folder}. */
    static LetterSet write(Path folder, int count) {
        LetterParser parser = new LetterParser();
        List<Corpus.Sample> templates = Corpus.letters().stream()
                .filter(s -> CASE_NUMBER.matcher(s.text()).find())
                .filter(s -> parser.parse(s.text(), new SourceInfo(s.name(), null, null)) instanceof ParseResult.Parsed)
                .toList();
        if (templates.isEmpty()) {
            throw new IllegalStateException("no corpus letter with a case number parses yet");
        }
        try {
            Files.createDirectories(folder);
            Map<String, Integer> letters = new LinkedHashMap<>();
            for (int i = 0; letters.size() < count && i < count * 2; i++) {
                Corpus.Sample template = templates.get(i % templates.size());
                String caseNumber = String.format("CM%02d-%07d", 13 + i % 3, 9_000_000 + i);
                String text = CASE_NUMBER.matcher(template.text()).replaceAll(caseNumber);
                if (parser.parse(text, new SourceInfo("x", null, null)) instanceof ParseResult.Parsed p
                        && caseNumber.equals(p.letter().caseNumber())) {
                    Files.writeString(folder.resolve(String.format("letter-%04d.txt", i)), text, StandardCharsets.UTF_8);
                    letters.put(caseNumber, p.letter().decisions().size());
                }
            }
            if (letters.size() < count) {
                throw new IllegalStateException("only " + letters.size() + " of " + count + " letters parse with a new case number");
            }
            List<Path> rejects = new java.util.ArrayList<>();
            for (Corpus.Sample reject : Corpus.all().stream().filter(s -> s.name().startsWith("rejected/")).toList()) {
                Path file = folder.resolve("reject-" + Path.of(reject.name()).getFileName());
                Files.writeString(file, reject.text(), StandardCharsets.UTF_8);
                rejects.add(file);
            }
            return new LetterSet(folder, letters, rejects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
