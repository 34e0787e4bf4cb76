package org.imrarchive.analytics;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;

/**
 * Which decisions a figure or a search covers: the one filter model of the statistics, the
 * {@code imr stats} command and {@code GET /api/search}, so that the same parameters select the same
 * decisions everywhere. Every part is optional (null or empty = no restriction). The values of one
 * {@link Facet} part are alternatives (any of them matches); the parts combine with AND. The record
 * checks itself, so a filter that exists is a valid one. Sets are sorted, so equal filters print alike.
 *
 * @param q          free text (the search box syntax of {@link QuerySyntax}) over item (boosted),
 *                   procedure name, rationale, clinical summary and diagnoses; all words must match
 * @param outcome    UPHELD and/or OVERTURNED
 * @param procedure  exact procedure names, as in {@code procedure.name}
 * @param category   procedure categories
 * @param bodyRegion body regions
 * @param guideline  guideline sources the decision cites
 * @param specialty  exact canonical reviewer specialties
 * @param source     the programs: {@code CA_DWC_IMR}, {@code DMHC_IMR}
 * @param from       first decision date included
 * @param to         last decision date included
 * @param ageMin     youngest patient age included
 * @param ageMax     oldest patient age included
 * @param year       years (the {@code year} field: of the decision date, or a DMHC row's report year)
 */
public record DecisionFilter(
        String q,
        Set<Outcome> outcome,
        Set<String> procedure,
        Set<ProcedureCategory> category,
        Set<BodyRegion> bodyRegion,
        Set<GuidelineSource> guideline,
        Set<String> specialty,
        Set<String> source,
        LocalDate from,
        LocalDate to,
        Integer ageMin,
        Integer ageMax,
        Set<Integer> year) {

    /** The request parameters {@link #fromParams} reads; a caller can reject the others it does not know. */
    public static final Set<String> PARAMETERS = Set.of("q", "outcome", "procedure", "category", "bodyRegion",
            "guideline", "specialty", "source", "from", "to", "ageMin", "ageMax", "year");

    /** The programs decisions come from (the {@code source} field). */
    public static final Set<String> SOURCES = Set.of("CA_DWC_IMR", "DMHC_IMR");

    /** Values one filter may list: a longer list is a runaway client, not a question. */
    public static final int MAX_VALUES = 100;

    /** The longest procedure or specialty name accepted; the index holds none longer. */
    public static final int MAX_NAME_LENGTH = 256;

    public static final int MAX_AGE = 130;

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /**
     * The field the text must match: item, procedure name, rationale, clinical summary and diagnoses copied
     * into one ({@code copy_to} in decisions-index.json). One field instead of five makes a query several
     * times cheaper at archive scale (BENCHMARKS.md, section 3).
     */
    private static final String TEXT_FIELD = "text";


    public DecisionFilter {
        q = blankToNull(q);
        if (q != null) {
            QuerySyntax.toSimpleQueryString(q); // throws on a syntax error
        }
        outcome = constants(Facet.OUTCOME, Outcome.class, outcome);
        procedure = names(Facet.PROCEDURE, procedure);
        category = constants(Facet.CATEGORY, ProcedureCategory.class, category);
        bodyRegion = constants(Facet.BODY_REGION, BodyRegion.class, bodyRegion);
        guideline = constants(Facet.GUIDELINE, GuidelineSource.class, guideline);
        specialty = names(Facet.SPECIALTY, specialty);
        source = names(Facet.SOURCE, source);
        for (String s : source) {
            if (!SOURCES.contains(s)) {
                throw new IllegalArgumentException("source must be one of " + String.join(", ", sorted(SOURCES))
                        + ", got '" + shorten(s) + "'");
            }
        }
        year = years(year);
        checkPlausible("from", from);
        checkPlausible("to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        if (ageMin != null && ageMin < 0 || ageMax != null && ageMax < 0) {
            throw new IllegalArgumentException("ages cannot be negative");
        }
        if (ageMin != null && ageMin > MAX_AGE) {
            throw new IllegalArgumentException("ageMin must be at most " + MAX_AGE + ", got " + ageMin);
        }
        if (ageMax != null && ageMax > MAX_AGE) {
            throw new IllegalArgumentException("ageMax must be at most " + MAX_AGE + ", got " + ageMax);
        }
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new IllegalArgumentException("ageMin (" + ageMin + ") is greater than ageMax (" + ageMax + ")");
        }
    }

    /** Every decision in the archive. */
    public static DecisionFilter none() {
        return new DecisionFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads a filter from request parameters (query string or CLI options by the same names, see
     * {@link #PARAMETERS}); other keys are ignored, blank values count as absent.
     *
     * <p>The {@link Facet} parameters take several values, repeated ({@code outcome=UPHELD&outcome=OVERTURNED})
     * or comma-separated ({@code specialty=A,B}); a comma that belongs to a name is written {@code \,}.
     * {@code q}, {@code from}, {@code to}, {@code ageMin} and {@code ageMax} take one value. Enumerations
     * are read without regard to case, '-' or ' ' ("lumbar spine" = LUMBAR_SPINE).
     *
     * @throws IllegalArgumentException with a message fit for the user when a value is invalid
     *                                  or a single-valued parameter is given twice with different values
     */
    public static DecisionFilter fromParams(Map<String, List<String>> params) {
        Params p = new Params(params);
        return new DecisionFilter(
                p.single("q"),
                p.constants(Facet.OUTCOME, Outcome.class),
                p.names(Facet.PROCEDURE),
                p.constants(Facet.CATEGORY, ProcedureCategory.class),
                p.constants(Facet.BODY_REGION, BodyRegion.class),
                p.constants(Facet.GUIDELINE, GuidelineSource.class),
                p.names(Facet.SPECIALTY),
                p.sources(),
                p.date("from"),
                p.date("to"),
                p.integer("ageMin"),
                p.integer("ageMax"),
                p.years());
    }

    /** The Elasticsearch query selecting these decisions: the text, the ranges and every facet filter. */
    public Query query() {
        return queryExcept(null);
    }

    /**
     * {@link #query()} without {@code except}'s own filter: the decisions that facet's counts are taken
     * over, so choosing outcome=UPHELD still shows how many OVERTURNED decisions the other filters leave.
     */
    public Query queryExcept(Facet except) {
        List<Query> filters = rangeFilters();
        filters.addAll(facetTerms(except));
        return bool(textQuery(), filters);
    }

    /** The values chosen for {@code facet}, spelled as the index holds them (enum names, years as digits). */
    public List<String> selected(Facet facet) {
        Set<?> values = switch (facet) {
            case OUTCOME -> outcome;
            case PROCEDURE -> procedure;
            case CATEGORY -> category;
            case BODY_REGION -> bodyRegion;
            case GUIDELINE -> guideline;
            case SPECIALTY -> specialty;
            case SOURCE -> source;
            case YEAR -> year;
        };
        return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).toList();
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
        if (from != null || to != null) {
            filters.add(Query.of(f -> f.range(r -> r.date(d -> {
                d.field("decisionDate");
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            }))));
        }
        if (ageMin != null || ageMax != null) {
            filters.add(Query.of(f -> f.range(r -> r.number(n -> {
                n.field("patientAge");
                if (ageMin != null) {
                    n.gte(ageMin.doubleValue());
                }
                if (ageMax != null) {
                    n.lte(ageMax.doubleValue());
                }
                return n;
            }))));
        }
        return filters;
    }

    private List<Query> facetTerms(Facet except) {
        List<Query> filters = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<String> values = selected(facet);
            if (facet != except && !values.isEmpty()) {
                List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
                filters.add(Query.of(f -> f.terms(t -> t.field(facet.field()).terms(v -> v.value(terms)))));
            }
        }
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

    /**
     * Dates far outside the archive's era are typing mistakes, and a trend over them would ask
     * Elasticsearch for more periods than it allows in one answer.
     */
    private static void checkPlausible(String name, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new IllegalArgumentException(name + " must be between " + EARLIEST + " and " + LATEST + ", got " + date);
        }
    }

    private static <E extends Enum<E>> Set<E> constants(Facet facet, Class<E> type, Set<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(v -> copy.add(Objects.requireNonNull(v, facet.param())));
        }
        return Collections.unmodifiableSet(copy);
    }

    private static Set<String> names(Facet facet, Set<String> values) {
        TreeSet<String> copy = new TreeSet<>();
        if (values != null) {
            for (String value : values) {
                String name = blankToNull(value);
                if (name != null && name.length() > MAX_NAME_LENGTH) {
                    throw new IllegalArgumentException(facet.param() + " values are at most " + MAX_NAME_LENGTH
                            + " characters long, got '" + shorten(name) + "'");
                }
                if (name != null) {
                    copy.add(name);
                }
            }
        }
        checkCount(facet, copy);
        return Collections.unmodifiableSet(copy);
    }

    private static Set<Integer> years(Set<Integer> values) {
        TreeSet<Integer> copy = new TreeSet<>();
        if (values != null) {
            for (Integer y : values) {
                if (y < EARLIEST.getYear() || y > LATEST.getYear()) {
                    throw new IllegalArgumentException("year must be between " + EARLIEST.getYear() + " and "
                            + LATEST.getYear() + ", got " + y);
                }
                copy.add(y);
            }
        }
        checkCount(Facet.YEAR, copy);
        return Collections.unmodifiableSet(copy);
    }

    private static void checkCount(Facet facet, Collection<?> values) {
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException(facet.param() + " was given " + values.size()
                    + " values; at most " + MAX_VALUES);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** Keeps echoed input short in messages. */
    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    /** Reads the parameters, with the checks that make the error messages. */
    private record Params(Map<String, List<String>> params) {

        /** The one value of a single-valued parameter; the same value repeated is fine. */
        String single(String name) {
            List<String> values = params.getOrDefault(name, List.of()).stream()
                    .map(DecisionFilter::blankToNull)
                    .filter(v -> v != null)
                    .distinct()
                    .toList();
            if (values.size() > 1) {
                throw new IllegalArgumentException(name + " was given " + values.size() + " different values "
                        + values.stream().map(DecisionFilter::shorten).toList() + "; give one");
            }
            return values.isEmpty() ? null : values.get(0);
        }

        /**
         * Every value of a facet parameter: repeated, comma-separated, or both. Procedure names can hold
         * commas ("Knee arthroscopy, partial meniscectomy"), so procedures are only ever repeated.
         */
        List<String> list(Facet facet) {
            List<String> values = params.getOrDefault(facet.param(), List.of()).stream()
                    .filter(v -> v != null)
                    .flatMap(v -> facet == Facet.PROCEDURE ? Stream.of(v) : Arrays.stream(v.split(",")))
                    .map(DecisionFilter::blankToNull)
                    .filter(v -> v != null)
                    .distinct()
                    .toList();
            checkCount(facet, values);
            return values;
        }

        Set<String> names(Facet facet) {
            return Set.copyOf(list(facet));
        }

        <E extends Enum<E>> Set<E> constants(Facet facet, Class<E> type) {
            return parseEach(facet, value -> {
                String normal = normal(value);
                return Arrays.stream(type.getEnumConstants())
                        .filter(c -> c.name().equals(normal))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(facet.param() + " must be one of "
                                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                                + ", got '" + shorten(value) + "'"));
            });
        }

        Set<String> sources() {
            return parseEach(Facet.SOURCE, value -> {
                String normal = normal(value);
                if (!SOURCES.contains(normal)) {
                    throw new IllegalArgumentException("source must be one of "
                            + String.join(", ", sorted(SOURCES)) + ", got '" + shorten(value) + "'");
                }
                return normal;
            });
        }

        Set<Integer> years() {
            return parseEach(Facet.YEAR, value -> {
                if (!value.matches("\\d{4}")) {
                    throw new IllegalArgumentException("year must be a four-digit year such as 2014, got '"
                            + shorten(value) + "'");
                }
                return Integer.valueOf(value);
            });
        }

        LocalDate date(String name) {
            return parseOne(name, value -> {
                try {
                    return LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(name + " must be an ISO date (yyyy-MM-dd), got '"
                            + shorten(value) + "'");
                }
            });
        }

        Integer integer(String name) {
            return parseOne(name, value -> {
                try {
                    return Integer.valueOf(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " must be a whole number, got '" + shorten(value) + "'");
                }
            });
        }

        private <T> Set<T> parseEach(Facet facet, Function<String, T> parser) {
            return list(facet).stream().map(parser).collect(Collectors.toSet());
        }

        private <T> T parseOne(String name, Function<String, T> parser) {
            String value = single(name);
            return value == null ? null : parser.apply(value);
        }

        private static String normal(String value) {
            return value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        }
    }
}
