package org.imrarchive.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes the request paths the search load replays, one scenario per file: plain text search, text search with
 * facet filters (every search counts all eight facets), similar decisions of sampled decisions, and uphold-rate
 * aggregations with and without filters. Fixed seed, so every run asks the same questions.
 *
 * <p>{@code --es http://127.0.0.1:9200 --prefix bench-scale --out DIR}
 */
public final class SearchPaths {

    static final List<String> TERMS = List.of("epidural steroid injection", "norco", "physical therapy", "MRI", "acupuncture",
            "radiculopathy", "compounded cream", "knee arthroscopy", "chiropractic", "functional restoration", "tramadol",
            "lumbar fusion", "TENS unit", "home health", "psychotherapy", "urine drug screen", "gabapentin", "cervical",
            "meniscectomy", "opioid agreement", "weaning", "carpal tunnel", "omeprazole", "soma", "lidoderm", "facet",
            "EMG", "functional capacity evaluation", "impingement", "trigger point", "neuropathic pain", "home exercise program",
            "flexeril", "radiofrequency", "spinal cord stimulator", "insomnia", "depression", "maintenance care",
            "morphine equivalents", "flare-up");
    static final String[] OUTCOMES = {"UPHELD", "OVERTURNED"};
    static final String[] CATEGORIES = {"MEDICATION", "INJECTION", "PHYSICAL_THERAPY", "DIAGNOSTIC_IMAGING", "SURGERY", "ACUPUNCTURE",
            "CHIROPRACTIC", "PSYCHOLOGICAL"};
    static final String[] REGIONS = {"LUMBAR_SPINE", "CERVICAL_SPINE", "SHOULDER", "KNEE", "HAND_WRIST"};
    static final String[] SPECIALTIES = {"Anesthesiology", "Pain Medicine", "Physical Medicine and Rehabilitation", "Orthopaedic Surgery",
            "Family Medicine", "Internal Medicine", "Chiropractor", "Psychologist"};
    static final String[] GUIDELINES = {"MTUS_CHRONIC_PAIN", "MTUS_ACOEM", "ODG"};
    static final String[] GROUPINGS = {"procedure", "category", "bodyRegion", "guideline", "specialty", "year"};

    static final int FACET_PATHS = 4000;

    private SearchPaths() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Elastic es = new Elastic(URI.create(args.text("es", "http://127.0.0.1:9200")));
        String decisions = args.text("prefix", "bench-scale") + "-decisions";
        Path out = Path.of(args.text("out", "benchmarks/results/paths"));
        Files.createDirectories(out);
        Random random = new Random(7);

        List<String> plain = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            plain.add("/api/search?q=" + enc(TERMS.get(random.nextInt(TERMS.size()))));
        }
        // Distinct, and more than one run asks: facet counts are size-0 requests that Elasticsearch's request
        // cache answers when repeated, and this scenario measures counting, not the cache.
        Set<String> facets = new LinkedHashSet<>();
        while (facets.size() < FACET_PATHS) {
            StringBuilder p = new StringBuilder("/api/search?");
            if (random.nextInt(4) > 0) {
                p.append("q=").append(enc(TERMS.get(random.nextInt(TERMS.size())))).append('&');
            }
            p.append("outcome=").append(OUTCOMES[random.nextInt(2)]);
            if (random.nextBoolean()) {
                p.append("&category=").append(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            }
            if (random.nextBoolean()) {
                p.append("&bodyRegion=").append(REGIONS[random.nextInt(REGIONS.length)]);
            }
            if (random.nextBoolean()) {
                p.append("&year=").append(2013 + random.nextInt(4));
            }
            if (random.nextInt(3) == 0) {
                p.append("&specialty=").append(enc(SPECIALTIES[random.nextInt(SPECIALTIES.length)]));
            }
            if (random.nextInt(3) == 0) {
                p.append("&guideline=").append(GUIDELINES[random.nextInt(GUIDELINES.length)]);
            }
            facets.add(p.toString());
        }
        JsonNode sample = es.call("POST", "/" + decisions + "/_search",
                "{\"size\":400,\"_source\":false,\"query\":{\"function_score\":{\"random_score\":{\"seed\":7,\"field\":\"_seq_no\"}}}}");
        List<String> similar = new ArrayList<>();
        for (JsonNode hit : sample.path("hits").path("hits")) {
            similar.add("/api/decisions/" + enc(hit.path("_id").asText()) + "/similar");
        }
        List<String> uphold = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder p = new StringBuilder("/api/stats/uphold-rates?by=").append(GROUPINGS[random.nextInt(GROUPINGS.length)]);
            if (random.nextBoolean()) {
                p.append("&year=").append(2013 + random.nextInt(4));
            }
            if (random.nextInt(3) == 0) {
                p.append("&category=").append(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            }
            if (random.nextInt(4) == 0) {
                p.append("&q=").append(enc(TERMS.get(random.nextInt(TERMS.size()))));
            }
            uphold.add(p.toString());
        }
        Files.write(out.resolve("plain.txt"), plain);
        Files.write(out.resolve("facets.txt"), facets);
        Files.write(out.resolve("similar.txt"), similar);
        Files.write(out.resolve("uphold.txt"), uphold);
        System.out.printf("paths: %d plain, %d facets, %d similar, %d uphold-rate requests in %s%n", plain.size(), facets.size(),
                similar.size(), uphold.size(), out);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
