package org.imrarchive.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.ImportReport;
import org.imrarchive.importer.Importer;
import org.imrarchive.importer.ProgressListener;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.runtime.ElasticsearchRuntime;
import org.imrarchive.storage.runtime.ElasticsearchRuntimes;

/**
 * End-to-end import of a generated corpus through the real {@link Importer}, then Elasticsearch's own _bulk rate
 * for the very documents the import stored (exported from its indices, sent with java.net.http in 5 MB batches,
 * two requests in flight, which keeps every write thread of the node busy; refresh off during the load and one
 * refresh at the end, as the importer does). The ratio of the two times says how close the import runs to the
 * engine's limit. Both are timed after a warm-up import of other letters, so neither is charged for cold JITs and
 * caches. The import's heap is sampled every second (used after GC) to show whether it grows with the archive.
 *
 * <p>{@code --letters 100000 --seed 1 --pdf-share 0 --warmup 10000 --corpus DIR --results DIR}
 */
public final class ImportBenchmark {

    private static final long BATCH_BYTES = 5L * 1024 * 1024;

    private ImportBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int letters = args.integer("letters", 100_000);
        long seed = args.number("seed", 1);
        double pdfShare = args.decimal("pdf-share", 0.0);
        int parallelism = args.integer("parallelism", 0); // 0: the importer's default (one parser per core)
        Path results = Path.of(args.text("results", "benchmarks/results"));
        Path corpus = Corpus.ensure(Path.of(args.text("corpus", "/tmp/imr-bench/corpus-" + letters + "-" + seed + "-" + pdfShare)),
                letters, seed, pdfShare);
        Files.createDirectories(results);
        System.gc();

        try (ElasticsearchRuntime es = ElasticsearchRuntimes.fromEnvironment(System.getenv())) {
            Elastic http = new Elastic(es.address().nodes().get(0));
            System.out.println("elasticsearch: " + es.describe() + ", version "
                    + http.call("GET", "/_nodes/_local?filter_path=nodes.*.version", null).findValue("version").asText());

            // ---- 0. warm-up, not measured: the import runs first, so without it the importer's and the node's JIT
            // compilation and cold caches would be charged to the import alone, not to the raw load that follows
            int warmup = args.integer("warmup", 10_000);
            if (warmup > 0) {
                warmUp(es, Corpus.ensure(Path.of("/tmp/imr-bench/corpus-" + warmup + "-" + (seed + 1000) + "-" + pdfShare),
                        warmup, seed + 1000, pdfShare), parallelism);
            }

            // ---- 1. the real importer
            ArchiveGateway imported = ArchiveGateway.connect(es.address(), "bench-import");
            imported.deleteAll();
            imported.ensureSchema();
            AtomicLong done = new AtomicLong();
            ProgressListener progress = new ProgressListener() {
                @Override
                public void progress(org.imrarchive.importer.ImportProgress snapshot) {
                }

                @Override
                public void fileDone(String path, String status) {
                    done.incrementAndGet();
                }
            };
            ImportReport report;
            long importNanos;
            // a full collection at each fifth of the import measures the importer's live set (four short pauses)
            HeapSampler heap = new HeapSampler(done::get, args.text("live-set", "true").equals("true") ? letters : 0);
            long cpu0 = processCpuNanos();
            long esCpu0 = esCpuMillis(http);
            try {
                long t0 = System.nanoTime();
                report = new Importer(imported).run(List.of(corpus), new ImportOptions("bench-" + System.currentTimeMillis(), null, null, null, parallelism, 500, null, 0), progress);
                importNanos = System.nanoTime() - t0;
            } finally {
                heap.close();
            }
            double importCpu = (processCpuNanos() - cpu0) / 1e9;
            double importEsCpu = (esCpuMillis(http) - esCpu0) / 1e3;
            Files.writeString(results.resolve("import-heap.csv"), heap.csv());
            long docsLetters = http.count(imported.alias(ArchiveIndex.LETTERS));
            long docsDecisions = http.count(imported.alias(ArchiveIndex.DECISIONS));
            long docsImports = http.count(imported.alias(ArchiveIndex.IMPORTS));
            double importSeconds = importNanos / 1e9;
            System.out.printf("import: %s in %.1f s: %d indexed, %d duplicate, %d rejected; %d letters, %d decisions, %d ledger docs%n",
                    report.state(), importSeconds, report.indexed(), report.duplicates(), report.rejected(), docsLetters, docsDecisions, docsImports);
            System.out.printf("import: %.0f letters/s, %.0f documents/s; CPU: importer JVM %.0f s, Elasticsearch %.0f s%n",
                    report.indexed() / importSeconds, (docsLetters + docsDecisions + docsImports) / importSeconds, importCpu, importEsCpu);

            // ---- 2. the same documents, exported, sent with plain _bulk
            ArchiveGateway raw = ArchiveGateway.connect(es.address(), "bench-raw");
            raw.deleteAll();
            raw.ensureSchema();
            Path ndjson = results.resolve("raw-bulk.ndjson");
            long exported = 0;
            try (BufferedWriter out = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8)) {
                for (ArchiveIndex index : ArchiveIndex.values()) {
                    exported += export(http, imported.alias(index), raw.alias(index), out);
                }
            }
            long bytes = Files.size(ndjson);
            System.out.printf("raw: exported %d documents, %.0f MB of NDJSON%n", exported, bytes / 1e6);
            System.gc();
            long rawEsCpu0 = esCpuMillis(http);
            long t1 = System.nanoTime();
            http.refreshInterval(raw.alias(ArchiveIndex.LETTERS), "-1");
            http.refreshInterval(raw.alias(ArchiveIndex.DECISIONS), "-1");
            long failed = send(http, ndjson, 2);
            http.refreshInterval(raw.alias(ArchiveIndex.LETTERS), null);
            http.refreshInterval(raw.alias(ArchiveIndex.DECISIONS), null);
            http.refresh("bench-raw-*");
            double rawSeconds = (System.nanoTime() - t1) / 1e9;
            double rawEsCpu = (esCpuMillis(http) - rawEsCpu0) / 1e3;
            long rawDocs = http.count(raw.alias(ArchiveIndex.LETTERS)) + http.count(raw.alias(ArchiveIndex.DECISIONS))
                    + http.count(raw.alias(ArchiveIndex.IMPORTS));
            System.out.printf("raw: %d documents in %.1f s (%.0f documents/s, %.1f MB/s), %d bulk requests with errors; CPU: Elasticsearch %.0f s%n",
                    rawDocs, rawSeconds, rawDocs / rawSeconds, bytes / 1e6 / rawSeconds, failed, rawEsCpu);
            double ratio = rawSeconds / importSeconds;
            System.out.printf("RESULT import %.1f s vs raw _bulk %.1f s for the same %d documents: import at %.0f%% of the raw _bulk rate%n",
                    importSeconds, rawSeconds, rawDocs, 100 * ratio);

            List<HeapSampler.Sample> s = heap.samples();
            String heapLine = heapSummary(s) + "; live set after full GC at " + String.join(", ", heap.liveSet());
            System.out.println("RESULT importer heap: " + heapLine);
            Files.writeString(results.resolve("import-result.txt"), String.format(
                    "parallelism=" + parallelism + " letters=%d pdfShare=%.2f importSeconds=%.1f lettersPerSecond=%.0f importerCpuSeconds=%.0f esCpuSecondsDuringImport=%.0f "
                            + "documents=%d rawSeconds=%.1f rawDocumentsPerSecond=%.0f esCpuSecondsDuringRaw=%.0f ratio=%.3f%nheap: %s%n",
                    report.indexed(), pdfShare, importSeconds, report.indexed() / importSeconds, importCpu, importEsCpu, rawDocs, rawSeconds,
                    rawDocs / rawSeconds, rawEsCpu, ratio, heapLine), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Files.deleteIfExists(ndjson);
            imported.close();
            raw.close();
        }
    }

    /** Imports a small corpus of other letters into throwaway indices, then deletes them. */
    private static void warmUp(ElasticsearchRuntime es, Path corpus, int parallelism) {
        try (ArchiveGateway warm = ArchiveGateway.connect(es.address(), "bench-warm")) {
            warm.deleteAll();
            warm.ensureSchema();
            long t0 = System.nanoTime();
            ImportReport report = new Importer(warm).run(List.of(corpus),
                    new ImportOptions("warm-" + System.currentTimeMillis(), null, null, null, parallelism, 500, null, 0), snapshot -> { });
            System.out.printf("warm-up (not measured): %d letters imported in %.1f s%n", report.indexed(), (System.nanoTime() - t0) / 1e9);
            warm.deleteAll();
        }
        System.gc();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time the Elasticsearch node has used, from its own statistics. */
    private static long esCpuMillis(Elastic http) {
        return http.call("GET", "/_nodes/_local/stats/process?filter_path=nodes.*.process.cpu", null).findValue("total_in_millis").asLong();
    }

    /** Old generation after GC early (second tenth of the run) and late (last tenth), and the peak heap. */
    static String heapSummary(List<HeapSampler.Sample> s) {
        if (s.size() < 10) {
            return "too few samples";
        }
        int n = s.size();
        double early = s.subList(n / 10, 2 * n / 10).stream().mapToLong(HeapSampler.Sample::afterGc).average().orElse(0) / 1048576.0;
        double late = s.subList(9 * n / 10, n).stream().mapToLong(HeapSampler.Sample::afterGc).average().orElse(0) / 1048576.0;
        double maxAfter = s.stream().mapToLong(HeapSampler.Sample::afterGc).max().orElse(0) / 1048576.0;
        double oldEarly = s.subList(n / 10, 2 * n / 10).stream().mapToLong(HeapSampler.Sample::oldAfterGc).average().orElse(0) / 1048576.0;
        double oldLate = s.subList(9 * n / 10, n).stream().mapToLong(HeapSampler.Sample::oldAfterGc).average().orElse(0) / 1048576.0;
        double peak = s.stream().mapToLong(HeapSampler.Sample::heapUsed).max().orElse(0) / 1048576.0;
        return String.format("heap after GC %.0f MB on average at 10-20%% of the import, %.0f MB at 90-100%% (max %.0f MB); "
                + "old gen after its last collection %.0f -> %.0f MB; peak heap in use %.0f MB; %d samples", early, late, maxAfter, oldEarly, oldLate, peak, n);
    }

    /** Scrolls an index, writing "index" action + source lines aimed at {@code target}. */
    private static long export(Elastic http, String source, String target, BufferedWriter out) throws IOException {
        JsonNode page = http.call("POST", "/" + source + "/_search?scroll=2m", "{\"size\":2000,\"sort\":[\"_doc\"]}");
        long n = 0;
        while (true) {
            JsonNode hits = page.path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            for (JsonNode hit : hits) {
                out.write("{\"index\":{\"_index\":\"" + target + "\",\"_id\":" + Elastic.JSON.writeValueAsString(hit.path("_id").asText()) + "}}\n");
                out.write(Elastic.JSON.writeValueAsString(hit.path("_source")));
                out.write('\n');
                n++;
            }
            page = http.call("POST", "/_search/scroll", "{\"scroll\":\"2m\",\"scroll_id\":\"" + page.path("_scroll_id").asText() + "\"}");
        }
        return n;
    }

    /** Sends an NDJSON file in batches of about 5 MB cut at document boundaries, {@code inFlight} at a time. */
    static long send(Elastic http, Path ndjson, int inFlight) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        Semaphore slots = new Semaphore(inFlight);
        AtomicLong failed = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ndjson)) {
            byte[] buffer = new byte[(int) BATCH_BYTES + 4 * 1024 * 1024];
            int filled = 0;
            while (true) {
                int r = in.read(buffer, filled, buffer.length - filled);
                if (r > 0) {
                    filled += r;
                }
                boolean end = r < 0;
                if (filled == 0 && end) {
                    break;
                }
                if (filled < BATCH_BYTES && !end) {
                    continue;
                }
                // cut after an even number of lines (action + source) at or after 5 MB
                int cut = end ? filled : cutPoint(buffer, filled, BATCH_BYTES);
                byte[] batch = java.util.Arrays.copyOf(buffer, cut);
                System.arraycopy(buffer, cut, buffer, 0, filled - cut);
                filled -= cut;
                slots.acquire();
                futures.add(pool.submit(() -> {
                    try {
                        if (http.bulk(batch)) {
                            failed.incrementAndGet();
                        }
                    } finally {
                        slots.release();
                    }
                }));
                if (end && filled == 0) {
                    break;
                }
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return failed.get();
    }

    /** Where a batch ends: after the first action+source pair that reaches {@code limit} bytes, else after the last whole pair. */
    static int cutPoint(byte[] buffer, int filled, long limit) {
        int lines = 0;
        int lastEven = -1;
        for (int i = 0; i < filled; i++) {
            if (buffer[i] == '\n') {
                lines++;
                if (lines % 2 == 0) {
                    lastEven = i + 1;
                    if (i + 1 >= limit) {
                        return lastEven;
                    }
                }
            }
        }
        return lastEven < 0 ? filled : lastEven;
    }
}
