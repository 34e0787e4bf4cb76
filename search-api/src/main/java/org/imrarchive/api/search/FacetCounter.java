package org.imrarchive.api.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.util.NamedValue;
import co.elastic.clients.util.ObjectBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imrarchive.analytics.DecisionFilter;
import org.imrarchive.analytics.Dimension;
import org.imrarchive.analytics.Values;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;

/**
 * Counts the facets of a search (every {@link Dimension} that {@link Dimension#facets()}), "multi-select" style: each facet is counted over the decisions
 * every <em>other</em> filter leaves, so choosing outcome=UPHELD still shows how many OVERTURNED decisions
 * there are.
 *
 * <p>All counts come from one {@code _msearch} of {@code size: 0} requests that Elasticsearch runs in
 * parallel: one over the search's own decisions for every facet nobody filtered on, and one per filtered
 * facet over {@link DecisionFilter#queryExcept}. Top-level terms aggregations let Elasticsearch count by
 * filter where it can (no pass over every matching decision), and {@code size: 0} requests are kept in
 * its shard request cache, so paging through results does not count again. When more than
 * {@link #EXACT_UP_TO} decisions match, the counts come from a seeded random sample of about
 * {@link #SAMPLE_SIZE} of them, scaled by Elasticsearch to the whole: exact counts over hundreds of
 * thousands of decisions cost more than everything else in a search (BENCHMARKS.md, section 3).
 */
final class FacetCounter {

    /** Up to this many matching decisions, facet counts are exact. */
    static final long EXACT_UP_TO = 100_000;

    /** Decisions a sample holds on average: a count n is then off by about 2·sqrt(n·total/SAMPLE_SIZE). */
    static final long SAMPLE_SIZE = 50_000;

    /** The same sample every time, so counts do not change between pages and cached answers are reused. */
    private static final int SEED = 20_130_701;

    private static final String SAMPLE = "sample";

    private static final int CLOSED_BUCKETS = 20;

    /** How many values of an open facet (procedures, specialties, years) are listed. */
    private static final int OPEN_BUCKETS = 30;

    private final ArchiveGateway gateway;
    private final long exactUpTo;
    private final long sampleSize;

    FacetCounter(ArchiveGateway gateway) {
        this(gateway, EXACT_UP_TO, SAMPLE_SIZE);
    }

    /** With other limits than the defaults: for tests on small archives. */
    FacetCounter(ArchiveGateway gateway, long exactUpTo, long sampleSize) {
        this.gateway = gateway;
        this.exactUpTo = exactUpTo;
        this.sampleSize = sampleSize;
    }

    /**
     * @param total how many decisions the filter selects (the search's exact total): decides whether
     *              to sample, and how densely
     */
    FacetCounts count(DecisionFilter filter, long total) {
        double probability = total > exactUpTo ? (double) sampleSize / total : 1.0;
        if (probability >= 0.5) {
            probability = 1.0; // Elasticsearch samples at p < 0.5 only; a sample that large saves little anyway
        }
        List<Dimension> unfiltered = new ArrayList<>();
        List<Dimension> filtered = new ArrayList<>();
        for (Dimension facet : Dimension.faceting()) {
            (filter.selected(facet).isEmpty() ? unfiltered : filtered).add(facet);
        }
        boolean sampled = probability < 1.0;
        List<Function<MultisearchBody.Builder, ObjectBuilder<MultisearchBody>>> requests = new ArrayList<>();
        if (!unfiltered.isEmpty()) {
            Map<String, Aggregation> aggregations = new LinkedHashMap<>();
            unfiltered.forEach(f -> aggregations.put(f.name(), terms(f)));
            requests.add(request(filter.query(), aggregations, probability));
        }
        for (Dimension facet : filtered) {
            Map<String, Aggregation> aggregations = new LinkedHashMap<>();
            aggregations.put(facet.name(), terms(facet));
            // Counted apart so a selected value outside the top buckets still shows its true count.
            List<String> selected = filter.selected(facet);
            aggregations.put(facet.name() + ".selected", Aggregation.of(a -> a.terms(t -> t.field(facet.field())
                    .size(selected.size()).include(i -> i.terms(selected)))));
            // A superset of the search's decisions, so a sample of it is at least as large.
            requests.add(request(filter.queryExcept(facet), aggregations, probability));
        }
        List<ResponseBody<Void>> responses = gateway.searchAll(ArchiveIndex.DECISIONS, requests, Void.class);

        Map<String, Map<String, Long>> buckets = new LinkedHashMap<>();
        responses.forEach(r -> buckets.putAll(buckets(r)));
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (Dimension facet : Dimension.faceting()) {
            List<String> selected = filter.selected(facet);
            Map<String, Long> counted = buckets.getOrDefault(facet.name(), Map.of());
            Map<String, Long> selectedCounts = buckets.getOrDefault(facet.name() + ".selected", Map.of());
            List<FacetCount> list = new ArrayList<>();
            counted.forEach((value, count) -> list.add(new FacetCount(value, count, selected.contains(value))));
            // A selected value outside the top buckets still shows (with its count, maybe 0) so it can be unselected.
            for (String value : selected) {
                if (!counted.containsKey(value)) {
                    list.add(new FacetCount(value, selectedCounts.getOrDefault(value, 0L), true));
                }
            }
            counts.put(facet.name(), list);
        }
        return new FacetCounts(counts, sampled);
    }

    private static Function<MultisearchBody.Builder, ObjectBuilder<MultisearchBody>> request(
            Query query, Map<String, Aggregation> aggregations, double probability) {
        return b -> {
            b.query(query).size(0).trackTotalHits(t -> t.enabled(false));
            if (probability < 1.0) {
                b.aggregations(SAMPLE, a -> a.randomSampler(r -> r.probability(probability).seed(SEED))
                        .aggregations(aggregations));
            } else {
                b.aggregations(aggregations);
            }
            return b;
        };
    }

    private static Aggregation terms(Dimension facet) {
        Values values = facet.valueSet();
        return Aggregation.of(a -> a.terms(t -> {
            // Every value of a closed list (with room for a value the list does not know); the largest open ones.
            t.field(facet.field()).size(values.closed().map(c -> Math.max(CLOSED_BUCKETS, c.codes().size())).orElse(OPEN_BUCKETS));
            if (values instanceof Values.Integers) {
                // Numbers (years) read largest first, not by how many decisions have them.
                t.order(NamedValue.of("_key", co.elastic.clients.elasticsearch._types.SortOrder.Desc));
            }
            return t;
        }));
    }

    /** Aggregation name → value → count, from a response's terms aggregations, sampled or not. */
    private static Map<String, Map<String, Long>> buckets(ResponseBody<Void> response) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        Aggregate sample = response.aggregations().get(SAMPLE);
        if (sample != null) {
            // The Java client does not model random_sampler: its answer arrives as raw JSON, each
            // sub-aggregation keyed "type#name" (typed keys). Its bucket counts are already scaled up.
            JsonObject json = sample._custom().toJson().asJsonObject();
            json.forEach((key, value) -> {
                int hash = key.indexOf('#');
                if (hash > 0 && value.getValueType() == JsonValue.ValueType.OBJECT) {
                    out.put(key.substring(hash + 1), buckets(value.asJsonObject()));
                }
            });
            return out;
        }
        response.aggregations().forEach((name, aggregate) -> out.put(name, buckets(aggregate)));
        return out;
    }

    private static Map<String, Long> buckets(Aggregate terms) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (terms.isSterms()) {
            terms.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        } else if (terms.isLterms()) {
            terms.lterms().buckets().array().forEach(b -> counts.put(Long.toString(b.key()), b.docCount()));
        }
        return counts;
    }

    private static Map<String, Long> buckets(JsonObject terms) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonValue bucket : terms.getJsonArray("buckets")) {
            JsonObject b = bucket.asJsonObject();
            JsonValue key = b.get("key");
            String value = key instanceof JsonString s ? s.getString() : key.toString();
            counts.put(value, b.getJsonNumber("doc_count").longValue());
        }
        return counts;
    }
}
