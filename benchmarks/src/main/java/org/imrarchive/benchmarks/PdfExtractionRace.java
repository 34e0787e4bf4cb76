package org.imrarchive.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imrarchive.extract.Extraction;
import org.imrarchive.extract.TextExtractor;

/**
 * Our PDF text extraction (one thread, one JVM) against poppler's {@code pdftotext -layout} (one process per file,
 * one at a time) on the same real letters replicated to {@code --files} files. The two take turns on chunks of
 * {@code --chunk} files, so a machine whose load changes during the run slows both alike; the ratio is what to
 * read. Besides wall time, CPU time: the whole JVM's (JIT and GC included) during our turns, and the reaped
 * children's user+system time for pdftotext (from /proc/self/stat), which is what "per core" means on a loaded
 * machine. Our side is warmed up first on every distinct letter once (not counted); pdftotext's start-up per file
 * is counted, as it is how it is used.
 *
 * <pre>--letters DIR (PDFs found under it) --files 5000 --chunk 250 --work DIR --pdftotext /usr/bin/pdftotext</pre>
 */
public final class PdfExtractionRace {

    private PdfExtractionRace() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path letters = Path.of(args.text("letters", "../shared/corpus/real-2016"));
        int files = args.integer("files", 5000);
        int chunk = args.integer("chunk", 250);
        Path work = Path.of(args.text("work", "/tmp/imr-bench/pdf-race"));
        String pdftotext = args.text("pdftotext", "pdftotext");

        List<Path> originals;
        try (Stream<Path> walk = Files.walk(letters)) {
            originals = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("no PDFs under " + letters.toAbsolutePath());
        }
        List<Path> corpus = replicate(originals, files, work);
        System.out.printf("%d files replicated from %d real PDFs under %s%n", corpus.size(), originals.size(), letters);

        TextExtractor extractor = new TextExtractor();
        for (Path p : originals) {
            extractor.extract(p.toString(), Files.readAllBytes(p));
        }

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long oursNanos = 0;
        long oursCpuNanos = 0;
        long popplerNanos = 0;
        long popplerCpuNanos = 0;
        int texts = 0;
        int degraded = 0;
        for (int from = 0; from < corpus.size(); from += chunk) {
            List<Path> part = corpus.subList(from, Math.min(corpus.size(), from + chunk));
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            for (Path p : part) {
                Extraction e = extractor.extract(p.toString(), Files.readAllBytes(p));
                if (e instanceof Extraction.Text t) {
                    texts++;
                    degraded += t.degraded() ? 1 : 0;
                }
            }
            oursNanos += System.nanoTime() - t0;
            oursCpuNanos += os.getProcessCpuTime() - cpu0;
            long children0 = childrenCpuNanos();
            long t1 = System.nanoTime();
            for (Path p : part) {
                Process proc = new ProcessBuilder(pdftotext, "-layout", p.toString(), "-")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (proc.waitFor() != 0) {
                    throw new IllegalStateException("pdftotext failed on " + p);
                }
            }
            popplerNanos += System.nanoTime() - t1;
            popplerCpuNanos += childrenCpuNanos() - children0;
        }
        int n = corpus.size();
        System.out.printf("ours (TextExtractor, 1 thread):     wall %6.1f s (%6.1f PDFs/s)  CPU %6.1f s (%6.1f PDFs/CPU-s)"
                        + "  %d texts, %d degraded%n", oursNanos / 1e9, n / (oursNanos / 1e9), oursCpuNanos / 1e9,
                n / (oursCpuNanos / 1e9), texts, degraded);
        System.out.printf("pdftotext -layout (1 process/file): wall %6.1f s (%6.1f PDFs/s)  CPU %6.1f s (%6.1f PDFs/CPU-s)%n",
                popplerNanos / 1e9, n / (popplerNanos / 1e9), popplerCpuNanos / 1e9, n / (popplerCpuNanos / 1e9));
        System.out.printf("ratio ours/pdftotext: wall %.2f, CPU %.2f (below 1 = faster than poppler)%n",
                (double) oursNanos / popplerNanos, (double) oursCpuNanos / popplerCpuNanos);
    }

    /** User+system CPU of this process's reaped children (cutime+cstime of /proc/self/stat), in nanoseconds. */
    private static long childrenCpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // fields 16 and 17 of proc(5)
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    /** {@code count} paths cycling over {@code originals}: hard links where the file system allows, else copies. */
    private static List<Path> replicate(List<Path> originals, int count, Path work) throws IOException {
        Files.createDirectories(work);
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path source = originals.get(i % originals.size());
            Path target = work.resolve(String.format("%05d-%s", i, source.getFileName()));
            if (!Files.exists(target)) {
                try {
                    Files.createLink(target, source);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(source, target);
                }
            }
            out.add(target);
        }
        return out;
    }
}
