package org.imrarchive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.imrarchive.importer.LetterReader;
import org.imrarchive.letter.LetterJson;
import org.imrarchive.parse.eval.FieldAccuracy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scores the parser on letters an archivist labelled: what it gets wrong, and its field accuracy. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        subcommands = EvalPrecedentsCommand.class,
        description = {"Score the parser on a folder of labelled letters (or, with 'eval precedents', the precedent finder "
                + "on the imported archive).",
                "Each letter NAME.pdf (or .txt, .html) with a NAME.expected.json beside it is parsed and compared "
                        + "field by field with the label; fields the label omits are not scored. Prints every miss, "
                        + "the accuracy of each field and, last, 'field accuracy: A (matched/total)'. "
                        + "Exit code 0, or 1 when the accuracy is below --min."})
final class EvalCommand implements Callable<Integer> {

    private static final String LABEL_SUFFIX = ".expected.json";

    // Optional in picocli's eyes so that 'eval precedents' parses; call() still requires it.
    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER", description = "Folder of letters with .expected.json labels (walked).")
    Path folder;

    @Option(names = "--min", paramLabel = "X", description = "Least field accuracy (0 to 1) to exit with 0; default 0.")
    double min;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Imr parent;

    Map<String, String> env() {
        return parent.env();
    }

    @Override
    public Integer call() throws IOException {
        if (folder == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FOLDER' (or 'eval precedents')");
        }
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "FOLDER: no such folder: " + folder);
        }
        if (min < 0 || min > 1) {
            throw new ParameterException(spec.commandLine(), "--min must be between 0 and 1, was " + min);
        }
        Map<Path, Path> labelled = labelledLetters(folder);
        if (labelled.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "FOLDER: no letter with a " + LABEL_SUFFIX + " label beside it in " + folder);
        }
        ObjectMapper json = LetterJson.mapper();
        LetterReader reader = new LetterReader();
        FieldAccuracy accuracy = new FieldAccuracy();
        PrintWriter out = spec.commandLine().getOut();
        for (Map.Entry<Path, Path> e : labelled.entrySet()) {
            Path letter = e.getKey();
            String name = folder.relativize(letter).toString();
            JsonNode label = json.readTree(e.getValue().toFile());
            LetterReader.Reading reading = reader.read(letter.toString(), Files.readAllBytes(letter));
            JsonNode parse = null;
            if (reading instanceof LetterReader.Read read) {
                parse = json.valueToTree(read.letter());
            } else {
                out.println(name + ": not parsed: " + (reading instanceof LetterReader.Unreadable u ? u.reason()
                        : "a DMHC export, not a letter"));
            }
            accuracy.score(name, label, parse);
        }
        if (!accuracy.misses().isEmpty()) {
            out.println("Misses:");
            accuracy.misses().forEach(m -> out.println("  " + m));
        }
        out.println(String.format(Locale.ROOT, "%-52s %9s %7s", "field (" + labelled.size() + " letters)", "matched", "share"));
        accuracy.byField().forEach((field, t) -> out.println(
                String.format(Locale.ROOT, "%-52s %4d/%-4d %6.3f", field, t.matched(), t.total(), t.share())));
        FieldAccuracy.Tally all = accuracy.overall();
        out.println(String.format(Locale.ROOT, "field accuracy: %.3f (%d/%d)", all.share(), all.matched(), all.total()));
        out.flush();
        return all.share() < min ? 1 : 0;
    }

    /** Letter file to its label file, sorted by letter. */
    private static Map<Path, Path> labelledLetters(Path folder) throws IOException {
        Map<Path, Path> out = new java.util.TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String n = f.getFileName().toString();
            int dot = n.lastIndexOf('.');
            if (n.endsWith(LABEL_SUFFIX) || dot <= 0) {
                continue;
            }
            Path label = f.resolveSibling(n.substring(0, dot) + LABEL_SUFFIX);
            if (Files.isRegularFile(label)) {
                out.put(f, label);
            }
        }
        return out;
    }
}
