package org.imrarchive.eval.precedent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two rationales reason: the cosine of their TF-IDF vectors. The protocol is the one a DMHC-corpus peer
 * published, so the figures compare: tokens {@code [a-z][a-z-]{2,}} of the lower-cased text, stop words dropped,
 * weight {@code (1 + ln tf) * idf} with {@code idf = ln((n + 1) / (df + 1)) + 1}, vectors L2-normalised; the idf is
 * fitted on the precedent pool's rationales. A word the pool never saw gets the idf of a word in no document.
 */
public final class ReasoningSimilarity {

    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z-]{2,}");
    private static final String STOP_WORDS = "stop-words.txt";

    private final Map<String, Double> idf;
    private final double unseenIdf;
    private final Set<String> stopWords;

    private ReasoningSimilarity(Map<String, Double> idf, double unseenIdf, Set<String> stopWords) {
        this.idf = idf;
        this.unseenIdf = unseenIdf;
        this.stopWords = stopWords;
    }

    /** Fitted on {@code rationales} with the shipped stop list of common and procedural words. */
    public static ReasoningSimilarity fit(Collection<String> rationales) {
        return fit(rationales, shippedStopWords());
    }

    public static ReasoningSimilarity fit(Collection<String> rationales, Set<String> stopWords) {
        Map<String, Integer> df = new HashMap<>();
        for (String r : rationales) {
            for (String term : new HashSet<>(tokens(r, stopWords))) {
                df.merge(term, 1, Integer::sum);
            }
        }
        int n = rationales.size();
        Map<String, Double> idf = new HashMap<>();
        df.forEach((term, count) -> idf.put(term, idf(n, count)));
        return new ReasoningSimilarity(idf, idf(n, 0), Set.copyOf(stopWords));
    }

    private static double idf(int n, int df) {
        return Math.log((n + 1.0) / (df + 1.0)) + 1.0;
    }

    /** The L2-normalised TF-IDF vector of a text; empty for a text with no counted word. */
    public Map<String, Double> vector(String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : tokens(text, stopWords)) {
            tf.merge(t, 1, Integer::sum);
        }
        Map<String, Double> v = new HashMap<>();
        tf.forEach((term, count) -> v.put(term, (1 + Math.log(count)) * idf.getOrDefault(term, unseenIdf)));
        double norm = Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            v.replaceAll((term, w) -> w / norm);
        }
        return v;
    }

    /** Cosine of two normalised vectors; 0 when either is empty. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    public double similarity(String a, String b) {
        return cosine(vector(a), vector(b));
    }

    static java.util.List<String> tokens(String text, Set<String> stopWords) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String t = m.group();
            if (!stopWords.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The stop list beside this class: words separated by spaces and lines, {@code #} starts a comment. */
    public static Set<String> shippedStopWords() {
        try (InputStream in = ReasoningSimilarity.class.getResourceAsStream(STOP_WORDS)) {
            if (in == null) {
                throw new IllegalStateException(STOP_WORDS + " is missing from the jar");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                for (String word : (hash >= 0 ? line.substring(0, hash) : line).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
