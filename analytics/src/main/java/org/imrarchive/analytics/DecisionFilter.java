package org.imrarchive.analytics;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;

/**
 * Which decisions a figure is computed over. Every part is optional (null = no restriction) and the
 * parts combine with AND. The record checks itself, so a filter that exists is a valid one.
 *
 * @param q          free text (simple query string syntax) over item (boosted), rationale, clinical
 *                   summary and diagnoses; all words must match
 * @param procedure  exact procedure name, as in {@code procedure.name}
 * @param specialty  exact canonical reviewer specialty
 * @param source     the program: {@code CA_DWC_IMR} or {@code DMHC_IMR}
 * @param from       first decision date included
 * @param to         last decision date included
 * @param ageMin     youngest patient age included
 * @param ageMax     oldest patient age included
 * @param year       year of the decision date
 */
public record DecisionFilter(
        String q,
        Outcome outcome,
        String procedure,
        ProcedureCategory category,
        BodyRegion bodyRegion,
        GuidelineSource guideline,
        String specialty,
        String source,
        LocalDate from,
        LocalDate to,
        Integer ageMin,
        Integer ageMax,
        Integer year) {

    /** The request parameters {@link #fromParams} reads; a caller can reject the others it does not know. */
    public static final Set<String> PARAMETERS = Set.of("q", "outcome", "procedure", "category", "bodyRegion",
            "guideline", "specialty", "source", "from", "to", "ageMin", "ageMax", "year");

    /** The programs decisions come from (the {@code source} field). */
    public static final Set<String> SOURCES = Set.of("CA_DWC_IMR", "DMHC_IMR");

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final List<String> TEXT_FIELDS = List.of("item^3", "rationale", "clinicalSummary", "diagnoses");

    public DecisionFilter {
        q = blankToNull(q);
        procedure = blankToNull(procedure);
        specialty = blankToNull(specialty);
        source = blankToNull(source);
        if (source != null && !SOURCES.contains(source)) {
            throw new IllegalArgumentException("source must be one of " + String.join(", ", sorted(SOURCES))
                    + ", got '" + source + "'");
        }
        checkPlausible("from", from);
        checkPlausible("to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        if (ageMin != null && ageMin < 0 || ageMax != null && ageMax < 0) {
            throw new IllegalArgumentException("ages cannot be negative");
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
     * {@link #PARAMETERS}); other keys are ignored, blank values count as absent. Enumerations are
     * read without regard to case, '-' or ' ' ("lumbar spine" = LUMBAR_SPINE).
     *
     * @throws IllegalArgumentException with a message fit for the user when a value is invalid
     *                                  or a parameter is given twice with different values
     */
    public static DecisionFilter fromParams(Map<String, List<String>> params) {
        Params p = new Params(params);
        return new DecisionFilter(
                p.text("q"),
                p.constant("outcome", Outcome.class),
                p.text("procedure"),
                p.constant("category", ProcedureCategory.class),
                p.constant("bodyRegion", BodyRegion.class),
                p.constant("guideline", GuidelineSource.class),
                p.text("specialty"),
                p.source(),
                p.date("from"),
                p.date("to"),
                p.integer("ageMin"),
                p.integer("ageMax"),
                p.integer("year"));
    }

    /** The Elasticsearch query selecting these decisions. */
    public Query query() {
        List<Query> filters = new ArrayList<>();
        term(filters, "outcome", outcome == null ? null : outcome.name());
        term(filters, "procedure.name", procedure);
        term(filters, "procedure.category", category == null ? null : category.name());
        term(filters, "procedure.bodyRegion", bodyRegion == null ? null : bodyRegion.name());
        term(filters, "guidelineSources", guideline == null ? null : guideline.name());
        term(filters, "specialty", specialty);
        term(filters, "source", source);
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
        if (year != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("year").value(year))));
        }
        if (q == null && filters.isEmpty()) {
            return Query.of(m -> m.matchAll(a -> a));
        }
        return Query.of(b -> b.bool(bool -> {
            if (q != null) {
                bool.must(m -> m.simpleQueryString(s -> s.query(q).fields(TEXT_FIELDS).defaultOperator(Operator.And)));
            }
            return bool.filter(filters);
        }));
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(f -> f.term(t -> t.field(field).value(value))));
        }
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** The single value of each parameter, with the checks that make the error messages. */
    private record Params(Map<String, List<String>> params) {

        String text(String name) {
            List<String> values = params.getOrDefault(name, List.of()).stream()
                    .map(DecisionFilter::blankToNull)
                    .filter(v -> v != null)
                    .distinct()
                    .toList();
            if (values.size() > 1) {
                throw new IllegalArgumentException(name + " was given " + values.size()
                        + " different values " + values + "; give one");
            }
            return values.isEmpty() ? null : values.get(0);
        }

        <E extends Enum<E>> E constant(String name, Class<E> type) {
            return parse(name, value -> {
                String normal = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
                return Arrays.stream(type.getEnumConstants())
                        .filter(c -> c.name().equals(normal))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(name + " must be one of "
                                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                                + ", got '" + value + "'"));
            });
        }

        String source() {
            return parse("source", value -> {
                String normal = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
                if (!SOURCES.contains(normal)) {
                    throw new IllegalArgumentException("source must be one of "
                            + String.join(", ", sorted(SOURCES)) + ", got '" + value + "'");
                }
                return normal;
            });
        }

        LocalDate date(String name) {
            return parse(name, value -> {
                try {
                    return LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(name + " must be an ISO date (yyyy-MM-dd), got '" + value + "'");
                }
            });
        }

        Integer integer(String name) {
            return parse(name, value -> {
                try {
                    return Integer.valueOf(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
                }
            });
        }

        private <T> T parse(String name, Function<String, T> parser) {
            String value = text(name);
            return value == null ? null : parser.apply(value);
        }
    }
}
