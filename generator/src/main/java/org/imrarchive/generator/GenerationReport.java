package org.imrarchive.generator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.imrarchive.letter.LetterFormat;

/** What a generation run wrote: counts by kind, the decisions and how many were upheld, bytes and time. */
public record GenerationReport(
        Path out,
        int letters,
        int textFiles,
        int pdfFiles,
        long decisions,
        long upheld,
        Map<LetterFormat, Integer> lettersByFormat,
        long bytes,
        Duration elapsed) {

    public GenerationReport {
        lettersByFormat = Map.copyOf(lettersByFormat);
    }

    public double upheldShare() {
        return decisions == 0 ? 0 : (double) upheld / decisions;
    }

    /** One line for a command line to print. */
    public String summary() {
        return String.format("%,d synthetic letters (%,d text, %,d PDF), %,d decisions, %.1f%% upheld, %,d MB in %.1f s -> %s",
                letters, textFiles, pdfFiles, decisions, 100 * upheldShare(), bytes / 1_000_000, elapsed.toMillis() / 1000.0, out);
    }
}
