package org.imrarchive.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.imrarchive.generator.CorpusGenerator;
import org.imrarchive.generator.GeneratorOptions;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parser throughput, one thread: letters per second per core. Each invocation parses the next of 2,000 generated
 * text letters (all four formats in their usual mix), so the JIT sees the whole variety, not one letter.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class ParseThroughput {

    @Param("2000")
    int letters;

    @Param("1")
    long seed;

    private String[] texts;
    private LetterParser parser;
    private int next;

    @Setup
    public void setUp() {
        CorpusGenerator generator = new CorpusGenerator(GeneratorOptions.of(letters, seed, Path.of("unused")).withPdfShare(0));
        texts = generator.letters().map(l -> l.text()).toArray(String[]::new);
        parser = new LetterParser();
    }

    @Benchmark
    public ParseResult parseOneLetter() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return parser.parse(text, new SourceInfo("bench.txt", null, null));
    }
}
