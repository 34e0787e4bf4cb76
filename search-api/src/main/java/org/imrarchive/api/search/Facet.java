package org.imrarchive.api.search;

import java.util.Arrays;
import java.util.List;
import org.imrarchive.api.ApiProblem;
import org.imrarchive.api.RequestParams;
import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;

/**
 * The filters a search can be narrowed by, each also counted as a facet: request parameter, the
 * decisions-index field it filters and counts, and the values it accepts (empty = any keyword).
 */
public enum Facet {
    OUTCOME("outcome", "outcome", names(Outcome.values()), 10),
    PROCEDURE("procedure", "procedure.name", List.of(), 30),
    CATEGORY("category", "procedure.category", names(ProcedureCategory.values()), 20),
    BODY_REGION("bodyRegion", "procedure.bodyRegion", names(BodyRegion.values()), 20),
    GUIDELINE("guideline", "guidelineSources", names(GuidelineSource.values()), 10),
    SPECIALTY("specialty", "specialty", List.of(), 30),
    SOURCE("source", "source", List.of(), 10),
    YEAR("year", "year", List.of(), 30);

    private final String param;
    private final String field;
    private final List<String> allowed;
    private final int buckets;

    Facet(String param, String field, List<String> allowed, int buckets) {
        this.param = param;
        this.field = field;
        this.allowed = allowed;
        this.buckets = buckets;
    }

    public String param() {
        return param;
    }

    public String field() {
        return field;
    }

    public int buckets() {
        return buckets;
    }

    /** Checks and normalises one requested value: enum names in upper case, years as numbers. */
    public String accept(String value) {
        if (this == YEAR) {
            try {
                int year = Integer.parseInt(value.trim());
                if (year < 1900 || year > 2200) {
                    throw new NumberFormatException();
                }
                return Integer.toString(year);
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("year must be a four-digit year such as 2014, not '"
                        + RequestParams.shorten(value) + "'");
            }
        }
        if (allowed.isEmpty()) {
            if (value.length() > 256) {
                throw ApiProblem.badRequest(param + " is too long");
            }
            return value;
        }
        return RequestParams.oneOf(param, value, allowed);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
