package org.imrarchive.analytics;

/**
 * The filters that pick values of one keyword (or integer) field of the decisions index: the request
 * parameter and the field it filters. Search also counts each of them as a facet, which is why a
 * {@link DecisionFilter} can give the query of all of them but one.
 */
public enum Facet {
    OUTCOME("outcome", "outcome"),
    PROCEDURE("procedure", "procedure.name"),
    CATEGORY("category", "procedure.category"),
    BODY_REGION("bodyRegion", "procedure.bodyRegion"),
    GUIDELINE("guideline", "guidelineSources"),
    SPECIALTY("specialty", "specialty"),
    SOURCE("source", "source"),
    YEAR("year", "year");

    private final String param;
    private final String field;

    Facet(String param, String field) {
        this.param = param;
        this.field = field;
    }

    /** The request parameter (and CLI filter name). */
    public String param() {
        return param;
    }

    /** The decisions-index field filtered and counted. */
    public String field() {
        return field;
    }
}
