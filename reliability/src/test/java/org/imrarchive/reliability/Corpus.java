package org.imrarchive.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The parser's labelled development corpus: real-looking letters in every format, and inputs it must reject. */
final class Corpus {

    record Sample(String name, String text) {
    }

    private Corpus() {
    }

    static Path root() {
        String dir = System.getProperty("imr.corpus");
        if (dir == null) {
            throw new IllegalStateException("system property imr.corpus is not set: run the tests through Maven");
        }
        return Path.of(dir);
    }

    /** Every letter of the corpus (not the rejects). */
    static List<Sample> letters() {
        return samples(p -> !p.toString().contains("/rejected/"));
    }

    /** Every input of the corpus, letters and rejects. */
    static List<Sample> all() {
        return samples(p -> true);
    }

    private static List<Sample> samples(java.util.function.Predicate<Path> which) {
        try (Stream<Path> files = Files.walk(root())) {
            List<Sample> samples = files.filter(p -> p.toString().endsWith(".txt")).filter(which).sorted()
                    .map(p -> new Sample(root().relativize(p).toString(), read(p)))
                    .toList();
            if (samples.isEmpty()) {
                throw new IllegalStateException("no letters under " + root());
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
