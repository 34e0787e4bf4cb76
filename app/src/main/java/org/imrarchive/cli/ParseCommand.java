package org.imrarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.imrarchive.extract.TextExtractor;
import org.imrarchive.importer.LetterReader;
import org.imrarchive.letter.LetterJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Parses letters without touching the index: JSON Lines on stdout, rejections with reasons on stderr. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse letters (PDF, HTML, text; folders are walked) into the determination contract.",
                "Prints one JSON object per letter on standard output and each rejected file with its reason on "
                        + "standard error. Exit code 0 when every file parsed, 1 when any was rejected."})
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letter files or folders.")
    List<Path> files;

    @Option(names = "--pretty", description = "Indented JSON for people (one object after another).")
    boolean pretty;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = LetterJson.mapper();
        if (pretty) {
            json.enable(SerializationFeature.INDENT_OUTPUT);
        }
        LetterReader reader = new LetterReader();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int rejected = 0;
        for (Path file : expand(files)) {
            String reason = parseOne(file, reader, json, out);
            if (reason != null) {
                rejected++;
                err.println(file + ": rejected: " + reason);
            }
        }
        out.flush();
        return rejected == 0 ? 0 : 1;
    }

    /** Returns null when the file parsed, or the rejection reason. */
    private static String parseOne(Path file, LetterReader reader, ObjectMapper json, PrintWriter out) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "no such file";
        }
        if (Files.size(file) > TextExtractor.DEFAULT_MAX_BYTES) {
            return "file too large: " + Files.size(file) + " bytes (limit " + TextExtractor.DEFAULT_MAX_BYTES + ")";
        }
        LetterReader.Reading reading = reader.read(file.toString(), Files.readAllBytes(file));
        if (reading instanceof LetterReader.Read read) {
            out.println(json.writeValueAsString(read.letter()));
            return null;
        }
        return reading instanceof LetterReader.Unreadable u ? u.reason()
                : "a DMHC export, not a letter: `imr import` reads its rows";
    }

    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(all::add);
                }
            } else {
                all.add(input);
            }
        }
        return all;
    }
}
