package org.imrarchive.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.imrarchive.generator.CorpusGenerator;
import org.imrarchive.generator.GeneratorOptions;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterJson;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.parse.LetterParser;
import org.imrarchive.parse.ParseResult;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.DecisionDocuments;
import org.imrarchive.storage.runtime.ElasticsearchRuntime;
import org.imrarchive.storage.runtime.ElasticsearchRuntimes;

/**
 * Fills a decisions index to a given size for the search benchmarks, straight from the generator: each letter is
 * generated, parsed by the real parser and turned into its DecisionDocuments (as the importer would), then sent
 * with _bulk, skipping files, ledger and duplicate checks. Resumable: it continues from the letters already loaded.
 *
 * <p>{@code --decisions 1000000 --prefix bench-scale --seed 2}
 */
public final class ScaleLoader {

    private static final int CHUNK = 500;
    private static final int BATCH_BYTES = 5 * 1024 * 1024;

    private ScaleLoader() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        long target = args.number("decisions", 100_000);
        String prefix = args.text("prefix", "bench-scale");
        long seed = args.number("seed", 2);
        // parse: each letter's text through the real parser (as an import would); direct: the generator's own reading
        // of the letter (SyntheticLetter.asLetter), about ten times faster, for the largest tiers
        boolean parse = !"direct".equals(args.text("mode", "parse"));
        Path results = Path.of(args.text("results", "benchmarks/results"));
        Files.createDirectories(results);
        Path marker = results.resolve(prefix + ".next-letter");
        ObjectMapper json = LetterJson.mapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        LetterParser parser = new LetterParser();
        CorpusGenerator generator = new CorpusGenerator(GeneratorOptions.of(GeneratorOptions.MAX_LETTERS, seed, Path.of("unused")).withPdfShare(0));

        try (ElasticsearchRuntime es = ElasticsearchRuntimes.fromEnvironment(System.getenv());
             ArchiveGateway gateway = ArchiveGateway.connect(es.address(), prefix)) {
            gateway.ensureSchema();
            Elastic http = new Elastic(es.address().nodes().get(0));
            String decisions = gateway.alias(ArchiveIndex.DECISIONS);
            long have = http.count(decisions);
            int next = Files.exists(marker) ? Integer.parseInt(Files.readString(marker).trim()) : 0;
            if (have == 0) {
                next = 0;
            }
            System.out.printf("scale: %s has %d decisions; loading up to %d from letter %d (%s)%n", decisions, have, target, next,
                    parse ? "parsed" : "direct");
            http.refreshInterval(decisions, "-1");
            long started = System.nanoTime();
            long sent = 0;
            ExecutorService senders = Executors.newFixedThreadPool(2);
            Semaphore inFlight = new Semaphore(2);
            List<Future<?>> pending = new ArrayList<>();
            ByteArrayOutputStream batch = new ByteArrayOutputStream(BATCH_BYTES + 1_000_000);
            while (have + sent < target) {
                int from = next;
                List<byte[]> lines = IntStream.range(from, from + CHUNK).parallel().mapToObj(i -> {
                    Letter letter;
                    if (parse) {
                        String text = generator.letter(i).text();
                        ParseResult r = parser.parse(text, new SourceInfo("synthetic-" + i + ".txt", null, null));
                        if (!(r instanceof ParseResult.Parsed p)) {
                            return new byte[0];
                        }
                        letter = p.letter();
                    } else {
                        letter = generator.letter(i).asLetter();
                    }
                    String letterId = letter.caseNumber() == null ? "synthetic-" + i : letter.caseNumber();
                    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
                    try {
                        for (DecisionDocument d : DecisionDocuments.of(letterId, letter, DecisionDocuments.SOURCE_CA_DWC_IMR, Instant.now())) {
                            out.write(("{\"index\":{\"_index\":\"" + decisions + "\",\"_id\":\"" + d.id() + "\"}}\n").getBytes());
                            out.write(json.writeValueAsBytes(d));
                            out.write('\n');
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return out.toByteArray();
                }).toList();
                next = from + CHUNK;
                for (byte[] l : lines) {
                    if (l.length == 0) {
                        continue;
                    }
                    batch.write(l);
                    sent += countLines(l) / 2;
                    if (batch.size() >= BATCH_BYTES) {
                        pending.add(send(http, senders, inFlight, batch.toByteArray()));
                        batch.reset();
                    }
                }
                Files.writeString(marker, Integer.toString(next));
                if ((next / CHUNK) % 20 == 0) {
                    double s = (System.nanoTime() - started) / 1e9;
                    System.out.printf("scale: %d decisions sent in %.0f s (%.0f/s), letter %d%n", sent, s, sent / s, next);
                }
            }
            if (batch.size() > 0) {
                pending.add(send(http, senders, inFlight, batch.toByteArray()));
            }
            for (Future<?> f : pending) {
                f.get();
            }
            senders.shutdown();
            http.refreshInterval(decisions, null);
            http.refresh(decisions);
            double s = (System.nanoTime() - started) / 1e9;
            System.out.printf("RESULT scale: %s now holds %d decisions (%d added in %.0f s, %.0f/s)%n", decisions, http.count(decisions), sent, s, sent / s);
        }
    }

    private static Future<?> send(Elastic http, ExecutorService senders, Semaphore inFlight, byte[] body) throws InterruptedException {
        inFlight.acquire();
        return senders.submit(() -> {
            try {
                if (http.bulk(body)) {
                    System.out.println("scale: a bulk request had errors");
                }
            } finally {
                inFlight.release();
            }
        });
    }

    private static int countLines(byte[] b) {
        int n = 0;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }
}
