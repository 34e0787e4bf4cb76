package org.imrarchive.analytics;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What uphold rates can be grouped by, and the decisions-index field each grouping reads.
 * Constants are lower case on purpose: they are the values of {@code ?by=}, {@code --by} and
 * the JSON, so {@link #name()} is the one spelling everywhere.
 */
public enum Grouping {
    procedure("procedure.name"),
    category("procedure.category"),
    bodyRegion("procedure.bodyRegion"),
    /** Multi-valued: a decision citing several guideline sources counts once in each of them. */
    guideline("guidelineSources"),
    specialty("specialty"),
    year("year"),
    source("source");

    private final String field;

    Grouping(String field) {
        this.field = field;
    }

    /** The keyword/integer field of the decisions index whose values are the groups. */
    public String field() {
        return field;
    }

    /** Parses a request parameter; case-sensitive names would only produce support questions, so it ignores case. */
    public static Grouping fromParameter(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a grouping is required: one of " + names());
        }
        return Arrays.stream(values())
                .filter(g -> g.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot group by '" + value + "': use one of " + names()));
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
