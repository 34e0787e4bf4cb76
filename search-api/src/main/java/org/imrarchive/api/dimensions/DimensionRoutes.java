package org.imrarchive.api.dimensions;

import io.javalin.Javalin;
import java.util.Arrays;
import java.util.List;
import org.imrarchive.analytics.Dimension;
import org.imrarchive.analytics.Range;
import org.imrarchive.analytics.Values;
import org.imrarchive.api.Routes;

/**
 * {@code GET /api/dimensions}: what decisions can be filtered, counted and grouped by, with the labels a
 * person reads, so that a client (the browser UI) builds its filter panels and group-by choices from the
 * archive's one vocabulary ({@link Dimension}, {@link Range}) instead of keeping its own copy.
 */
public final class DimensionRoutes implements Routes {

    private final Vocabulary vocabulary = Vocabulary.of();

    @Override
    public void register(Javalin app) {
        app.get("/api/dimensions", ctx -> ctx.json(vocabulary));
    }

    /** The answer: every dimension, then every range, in the order the UI shows them. */
    public record Vocabulary(List<DimensionView> dimensions, List<RangeView> ranges) {
        static Vocabulary of() {
            return new Vocabulary(Arrays.stream(Dimension.values()).map(DimensionView::of).toList(),
                    Arrays.stream(Range.values()).map(RangeView::of).toList());
        }
    }

    /**
     * One dimension.
     *
     * @param name      the request parameter, {@code by=} value and facet key
     * @param values    "codes" (a closed list, given in {@code codes}), "names" (free text, exact) or "integers"
     * @param multiple  how several values are given: "repeated or comma-separated", or "repeated" (names with commas)
     * @param codes     the values of a closed list with their labels, in display order; null for open ones
     * @param min       the smallest integer accepted; null unless integers
     * @param max       the largest integer accepted; null unless integers
     */
    public record DimensionView(String name, String label, String description, boolean filters, boolean facets,
                                boolean groups, String values, String multiple, List<Code> codes, Integer min,
                                Integer max) {

        static DimensionView of(Dimension d) {
            Values v = d.valueSet();
            List<Code> codes = v.closed().map(c -> c.codes().stream().map(code -> new Code(code, c.label(code))).toList())
                    .orElse(null);
            Values.Integers numbers = v instanceof Values.Integers n ? n : null;
            return new DimensionView(d.name(), d.label(), d.description(), d.filters(), d.facets(), d.groups(),
                    codes != null ? "codes" : numbers != null ? "integers" : "names",
                    v.commaSeparated() ? "repeated or comma-separated" : "repeated", codes,
                    numbers == null ? null : numbers.min(), numbers == null ? null : numbers.max());
        }
    }

    /** A value of a closed list and how it reads ("LUMBAR_SPINE", "Lumbar spine"). */
    public record Code(String value, String label) {
    }

    /**
     * One range filter: two single-valued parameters, both bounds inclusive.
     *
     * @param kind "date" (ISO dates) or "integer"
     */
    public record RangeView(String name, String label, String minParameter, String maxParameter, String kind,
                            Integer min, Integer max) {
        static RangeView of(Range r) {
            boolean date = r.kind() == Range.Kind.DATE;
            return new RangeView(r.name(), r.label(), r.minParameter(), r.maxParameter(), date ? "date" : "integer",
                    date ? null : r.min(), date ? null : r.max());
        }
    }
}
