package org.imrarchive.analytics;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which decisions a figure or a search covers: the one filter model of the statistics, the
 * {@code imr stats} command and {@code GET /api/search}, so that the same parameters select the same
 * decisions everywhere. Every part is optional (absent = no restriction). The values of one filtering
 * {@link Dimension} are alternatives (any of them matches); the parts combine with AND. The record
 * checks itself, so a filter that exists is a valid one. Values are kept in their dimension's order,
 * so equal filters print alike (search cursors rely on it).
 *
 * @param q      free text (the search box syntax of {@link QuerySyntax}) over item (boosted),
 *               procedure name, rationale, clinical summary and diagnoses; all words must match; null for none
 * @param values per filtering dimension, its values spelled as the index holds them (enum names, years
 *               as digits); dimensions without values are left out
 * @param ranges per range, its bounds
 */
public record DecisionFilter(String q, Map<Dimension, List<String>> values, Map<Range, Bounds> ranges) {

    /**
     * The field the text must match: item, procedure name, rationale, clinical summary and diagnoses copied
     * into one ({@code copy_to} in decisions-index.json). One field instead of five makes a query several
     * times cheaper at archive scale (BENCHMARKS.md, section 3).
     */
    private static final String TEXT_FIELD = "text";

    private static final DecisionFilter NONE = new DecisionFilter(null, Map.of(), Map.of());

    /**
     * The two bounds of a {@link Range}, inclusive, as the index compares them (ISO dates, digits); either may be null.
     */
    public record Bounds(String min, String max) {
    }

    public DecisionFilter {
        q = blankToNull(q);
        if (q != null) {
            QuerySyntax.toSimpleQueryString(q); // throws on a syntax error
        }
        values = checkedValues(values);
        ranges = checkedRanges(ranges);
    }

    /** Every decision in the archive. */
    public static DecisionFilter none() {
        return NONE;
    }

    /** The decisions with any of {@code values} in {@code dimension} (enum constants, numbers or text). */
    public static DecisionFilter of(Dimension dimension, Object... values) {
        return NONE.with(dimension, values);
    }

    /** This filter, with {@code dimension}'s values replaced by {@code values} (none: that filter removed). */
    public DecisionFilter with(Dimension dimension, Object... values) {
        Map<Dimension, List<String>> copy = new EnumMap<>(Dimension.class);
        copy.putAll(this.values);
        copy.put(dimension, Arrays.stream(values).map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).toList());
        return new DecisionFilter(q, copy, ranges);
    }

    /** This filter with the text {@code q} instead of its own. */
    public DecisionFilter withText(String q) {
        return new DecisionFilter(q, values, ranges);
    }

    /** This filter, with {@code range} bounded by {@code min} and {@code max} (dates or numbers; null = open). */
    public DecisionFilter with(Range range, Object min, Object max) {
        Map<Range, Bounds> copy = new EnumMap<>(Range.class);
        copy.putAll(ranges);
        copy.put(range, new Bounds(min == null ? null : min.toString(), max == null ? null : max.toString()));
        return new DecisionFilter(q, values, copy);
    }

    /**
     * Reads a filter from request parameters (query string or CLI options by the same names); other keys are ignored, blank values count as absent.
     *
     * <p>A filtering {@link Dimension}'s parameter takes several values, repeated ({@code outcome=UPHELD&outcome=OVERTURNED})
     * or comma-separated ({@code specialty=A,B}), except procedure names, which contain commas and so are only
     * ever repeated. {@code q} and the bounds of a {@link Range} ({@code from}, {@code to}, {@code ageMin},
     * {@code ageMax}) take one value. Closed lists are read without regard to case, '-' or ' '
     * ("lumbar spine" = LUMBAR_SPINE).
     *
     * @throws IllegalArgumentException with a message fit for the user when a value is invalid
     *                                  or a single-valued parameter is given twice with different values
     */
    public static DecisionFilter fromParams(Map<String, List<String>> params) {
        Map<Dimension, List<String>> values = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.filtering()) {
            values.put(d, params.getOrDefault(d.name(), List.of()).stream()
                    .filter(Objects::nonNull)
                    .flatMap(v -> d.valueSet().commaSeparated() ? Arrays.stream(v.split(",")) : Stream.of(v))
                    .toList());
        }
        Map<Range, Bounds> ranges = new EnumMap<>(Range.class);
        for (Range r : Range.values()) {
            ranges.put(r, new Bounds(single(params, r.minParameter()), single(params, r.maxParameter())));
        }
        return new DecisionFilter(single(params, "q"), values, ranges);
    }

    /** The values chosen for {@code dimension}, spelled as the index holds them (enum names, years as digits). */
    public List<String> selected(Dimension dimension) {
        return values.getOrDefault(dimension, List.of());
    }

    /** The bounds of {@code range}; both null when it does not restrict. */
    public Bounds bounds(Range range) {
        return ranges.getOrDefault(range, new Bounds(null, null));
    }

    /** First decision date included, or null. */
    public LocalDate from() {
        String min = bounds(Range.decisionDate).min();
        return min == null ? null : LocalDate.parse(min);
    }

    /** Last decision date included, or null. */
    public LocalDate to() {
        String max = bounds(Range.decisionDate).max();
        return max == null ? null : LocalDate.parse(max);
    }

    /** The Elasticsearch query selecting these decisions: the text, the ranges and every dimension's filter. */
    public Query query() {
        return queryExcept(null);
    }

    /**
     * {@link #query()} without {@code except}'s own filter: the decisions that facet's counts are taken
     * over, so choosing outcome=UPHELD still shows how many OVERTURNED decisions the other filters leave.
     */
    public Query queryExcept(Dimension except) {
        List<Query> filters = rangeFilters();
        values.forEach((dimension, selected) -> {
            if (dimension != except) {
                List<FieldValue> terms = selected.stream().map(FieldValue::of).toList();
                filters.add(Query.of(f -> f.terms(t -> t.field(dimension.field()).terms(v -> v.value(terms)))));
            }
        });
        return bool(textQuery(), filters);
    }

    private Query textQuery() {
        if (q == null) {
            return null;
        }
        String text = QuerySyntax.toSimpleQueryString(q);
        // Which decisions match; how search ranks them is search's business (ProcedureBoost in search-api).
        return Query.of(m -> m.simpleQueryString(s -> s.query(text).fields(TEXT_FIELD).defaultOperator(Operator.And)
                .flags(QuerySyntax.FLAGS)));
    }

    private List<Query> rangeFilters() {
        List<Query> filters = new ArrayList<>();
        ranges.forEach((range, b) -> filters.add(Query.of(f -> f.range(r -> switch (range.kind()) {
            case DATE -> r.date(d -> {
                d.field(range.field());
                if (b.min() != null) {
                    d.gte(b.min());
                }
                if (b.max() != null) {
                    d.lte(b.max());
                }
                return d;
            });
            case INTEGER -> r.number(n -> {
                n.field(range.field());
                if (b.min() != null) {
                    n.gte(Double.valueOf(b.min()));
                }
                if (b.max() != null) {
                    n.lte(Double.valueOf(b.max()));
                }
                return n;
            });
        }))));
        return filters;
    }

    private static Query bool(Query must, List<Query> filters) {
        if (must == null && filters.isEmpty()) {
            return Query.of(m -> m.matchAll(a -> a));
        }
        return Query.of(b -> b.bool(bool -> {
            if (must != null) {
                bool.must(must);
            }
            return bool.filter(filters);
        }));
    }

    /** Each dimension's values parsed by its {@link Values}, without blanks and repeats, in its order. */
    private static Map<Dimension, List<String>> checkedValues(Map<Dimension, List<String>> given) {
        Map<Dimension, List<String>> checked = new EnumMap<>(Dimension.class);
        if (given != null) {
            given.forEach((dimension, values) -> {
                if (!dimension.filters()) {
                    throw new IllegalArgumentException(dimension + " is not a filter");
                }
                Set<String> parsed = new LinkedHashSet<>();
                for (String value : values == null ? List.<String>of() : values) {
                    String v = blankToNull(value);
                    if (v != null) {
                        parsed.add(dimension.valueSet().parse(dimension.name(), v));
                    }
                }
                checkCount(dimension.name(), parsed);
                if (!parsed.isEmpty()) {
                    checked.put(dimension, parsed.stream().sorted(dimension.valueSet().order()).toList());
                }
            });
        }
        return Collections.unmodifiableMap(checked);
    }

    /** Each range's bounds parsed, in order, open ranges left out. */
    private static Map<Range, Bounds> checkedRanges(Map<Range, Bounds> given) {
        Map<Range, Bounds> checked = new EnumMap<>(Range.class);
        if (given != null) {
            given.forEach((range, b) -> {
                String min = b == null ? null : bound(range, range.minParameter(), b.min());
                String max = b == null ? null : bound(range, range.maxParameter(), b.max());
                if (min != null && max != null && range.inverted(min, max)) {
                    throw new IllegalArgumentException(range.minParameter() + " (" + min + ") is "
                            + (range.kind() == Range.Kind.DATE ? "after " : "greater than ")
                            + range.maxParameter() + " (" + max + ")");
                }
                if (min != null || max != null) {
                    checked.put(range, new Bounds(min, max));
                }
            });
        }
        return Collections.unmodifiableMap(checked);
    }

    private static String bound(Range range, String parameter, String value) {
        String v = blankToNull(value);
        return v == null ? null : range.parse(parameter, v);
    }

    private static void checkCount(String parameter, Collection<?> values) {
        if (values.size() > Values.MAX_VALUES) {
            throw new IllegalArgumentException(parameter + " was given " + values.size()
                    + " values; at most " + Values.MAX_VALUES);
        }
    }

    /** The one value of a single-valued parameter; the same value repeated is fine. */
    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream()
                .map(DecisionFilter::blankToNull)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (values.size() > 1) {
            throw new IllegalArgumentException(name + " was given " + values.size() + " different values "
                    + values.stream().map(Dimension::shorten).toList() + "; give one");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
