package org.imrarchive.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imrarchive.embedding.DecisionText;
import org.imrarchive.embedding.EmbedRun;
import org.imrarchive.embedding.SentenceEmbedder;
import org.imrarchive.embedding.SentenceModel;
import org.imrarchive.importer.LetterReader;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.DecisionDocuments;

/**
 * What embedding the decisions of real letters costs: process CPU time per decision (ONNX runs on the JVM's
 * threads, so the process's CPU time is the embedding's, plus the JIT and GC it causes) for each model,
 * thread count and batch size, and the model tokens a decision's text comes to. Then a check of what to
 * embed on the stored side: leaving each letter out, the 3 decisions nearest a request (item, guideline,
 * summary) when decisions are embedded from the same fields or from item and rationale, scored by procedure
 * agreement and by the TF-IDF cosine of their rationales with the held-out one's (the precedent harness's
 * protocol, without its stop list). Nothing of the letters is written anywhere.
 */
public final class EmbeddingCost {

    public static void main(String[] argv) throws IOException {
        Args args = new Args(argv);
        Path letters = Path.of(args.text("letters", "../shared/corpus/real-2016"));
        List<DecisionDocument> decisions = decisions(letters);
        System.out.printf(Locale.ROOT, "%d decisions of %d real letters (%s)%n", decisions.size(),
                decisions.stream().map(DecisionDocument::letterId).distinct().count(), letters);
        List<String> texts = decisions.stream().map(EmbedRun::text).toList();
        System.out.printf(Locale.ROOT, "text per decision: mean %.0f chars (the model's tokenizer keeps the first %d tokens)%n",
                texts.stream().mapToInt(String::length).average().orElse(0), DecisionText.MODEL_TOKENS);
        System.out.println("model              threads batch  tokens/dec  CPU ms/dec  wall ms/dec");
        for (SentenceModel model : SentenceModel.values()) {
            for (int[] run : new int[][]{{1, 1}, {1, 16}, {1, 64}, {2, 64}}) {
                measure(model, run[0], run[1], texts);
            }
        }
        storedSide(decisions);
    }

    private static void measure(SentenceModel model, int threads, int batch, List<String> texts) {
        try (SentenceEmbedder embedder = SentenceEmbedder.load(model, threads)) {
            embedder.embedAll(texts.subList(0, Math.min(32, texts.size()))); // warm-up: JIT, ONNX arenas
            long cpu0 = processCpuNanos();
            long wall0 = System.nanoTime();
            long tokens = 0;
            for (int i = 0; i < texts.size(); i += batch) {
                tokens += embedder.embedCounted(texts.subList(i, Math.min(texts.size(), i + batch))).tokens();
            }
            double n = texts.size();
            System.out.printf(Locale.ROOT, "%-18s %7d %5d  %10.0f  %10.1f  %11.1f%n", model, threads, batch,
                    tokens / n, (processCpuNanos() - cpu0) / 1e6 / n, (System.nanoTime() - wall0) / 1e6 / n);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void storedSide(List<DecisionDocument> all) {
        List<DecisionDocument> ds = all.stream().filter(d -> d.rationale() != null && !d.rationale().isBlank()).toList();
        try (SentenceEmbedder embedder = SentenceEmbedder.load(SentenceModel.MINILM_L6_V2_Q, 2)) {
            List<float[]> queries = embedder.embedAll(ds.stream().map(EmbedRun::text).toList());
            List<float[]> byRationale = embedder.embedAll(ds.stream()
                    .map(d -> DecisionText.of(d.item(), null, d.rationale())).toList());
            TfIdf tfidf = new TfIdf(ds.stream().map(DecisionDocument::rationale).toList());
            System.out.println("stored side (k = 3, leave one letter out, q model): procedure agreement, rationale TF-IDF cosine");
            report("item+guideline+summary", ds, queries, queries, tfidf);
            report("item+rationale", ds, queries, byRationale, tfidf);
        }
    }

    private static void report(String label, List<DecisionDocument> ds, List<float[]> queries, List<float[]> stored, TfIdf tfidf) {
        int k = 3;
        double agree = 0;
        double similarity = 0;
        int n = 0;
        for (int i = 0; i < ds.size(); i++) {
            DecisionDocument d = ds.get(i);
            List<Integer> candidates = new ArrayList<>();
            for (int j = 0; j < ds.size(); j++) {
                if (!ds.get(j).letterId().equals(d.letterId())) {
                    candidates.add(j);
                }
            }
            float[] q = queries.get(i);
            candidates.sort((a, b) -> Double.compare(dot(q, stored.get(b)), dot(q, stored.get(a))));
            List<Integer> top = candidates.subList(0, Math.min(k, candidates.size()));
            for (int j : top) {
                agree += Objects.equals(procedure(d), procedure(ds.get(j))) && procedure(d) != null ? 1 : 0;
                similarity += tfidf.cosine(i, j);
            }
            n += top.size();
        }
        System.out.printf(Locale.ROOT, "  %-24s procedure agreement %.3f, rationale similarity %.3f%n", label, agree / n, similarity / n);
    }

    private static String procedure(DecisionDocument d) {
        return d.procedure() == null ? null : d.procedure().name();
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static List<DecisionDocument> decisions(Path folder) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> walk = Files.walk(folder)) {
            pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        LetterReader reader = new LetterReader();
        List<DecisionDocument> out = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (Path pdf : pdfs) {
            if (reader.read(pdf.toString(), Files.readAllBytes(pdf)) instanceof LetterReader.Read read) {
                out.addAll(DecisionDocuments.of(pdf.getFileName().toString(), read.letter(), DecisionDocuments.SOURCE_CA_DWC_IMR, at));
            }
        }
        return out;
    }

    /** TF-IDF over the rationales: tokens [a-z][a-z-]{2,}, weight (1 + ln tf)·idf, idf = ln((n+1)/(df+1)) + 1, L2. */
    private static final class TfIdf {
        private static final Pattern TOKEN = Pattern.compile("[a-z][a-z-]{2,}");
        private final List<Map<String, Double>> vectors = new ArrayList<>();

        TfIdf(List<String> texts) {
            List<Map<String, Integer>> counts = new ArrayList<>();
            Map<String, Integer> df = new HashMap<>();
            for (String t : texts) {
                Map<String, Integer> c = new HashMap<>();
                Matcher m = TOKEN.matcher(t.toLowerCase(Locale.ROOT));
                while (m.find()) {
                    c.merge(m.group(), 1, Integer::sum);
                }
                c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
                counts.add(c);
            }
            int n = texts.size();
            for (Map<String, Integer> c : counts) {
                Map<String, Double> v = new HashMap<>();
                c.forEach((w, tf) -> v.put(w, (1 + Math.log(tf)) * (Math.log((n + 1.0) / (df.get(w) + 1.0)) + 1)));
                double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
                v.replaceAll((w, x) -> norm == 0 ? 0 : x / norm);
                vectors.add(v);
            }
        }

        double cosine(int a, int b) {
            Map<String, Double> va = vectors.get(a);
            Map<String, Double> vb = vectors.get(b);
            double s = 0;
            for (Map.Entry<String, Double> e : va.entrySet()) {
                Double o = vb.get(e.getKey());
                if (o != null) {
                    s += e.getValue() * o;
                }
            }
            return s;
        }
    }
}
