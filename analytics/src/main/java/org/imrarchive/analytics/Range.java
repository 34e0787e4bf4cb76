package org.imrarchive.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A filter by a span of one date or number field of the decisions index, given by its two bounds (both
 * inclusive, either optional). Adding one is one constant: {@link DecisionFilter} reads and applies it, and
 * {@code /openapi.json} and {@code GET /api/dimensions} describe it.
 */
public enum Range {
    decisionDate("Decision date", "dates", "decisionDate", "from", "to", Kind.DATE, 0, 0),
    patientAge("Patient age", "ages", "patientAge", "ageMin", "ageMax", Kind.INTEGER, 0, 130),
    daysToReview("Days to review (DMHC)", "days to review", "dmhc.daysToReview", "reviewDaysMin", "reviewDaysMax",
            Kind.INTEGER, 0, 3650),
    daysToAdopt("Days to adopt (DMHC)", "days to adopt", "dmhc.daysToAdopt", "adoptDaysMin", "adoptDaysMax",
            Kind.INTEGER, 0, 3650);

    /** What the bounds are. */
    public enum Kind {
        /** An ISO date, 1900-01-01..2100-12-31: dates far outside the archive's era are typing mistakes. */
        DATE,
        /** A whole number from {@code min} to {@code max}. */
        INTEGER
    }

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final String label;
    private final String plural;
    private final String field;
    private final String minParameter;
    private final String maxParameter;
    private final Kind kind;
    private final int min;
    private final int max;

    /** @param plural what the values are called in messages ("ages cannot be negative") */
    Range(String label, String plural, String field, String minParameter, String maxParameter, Kind kind, int min,
          int max) {
        this.label = label;
        this.plural = plural;
        this.field = field;
        this.minParameter = minParameter;
        this.maxParameter = maxParameter;
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    /** The date or number field of the decisions index. */
    public String field() {
        return field;
    }

    /** The request parameter of the lower bound ({@code from}, {@code ageMin}). */
    public String minParameter() {
        return minParameter;
    }

    /** The request parameter of the upper bound ({@code to}, {@code ageMax}). */
    public String maxParameter() {
        return maxParameter;
    }

    public Kind kind() {
        return kind;
    }

    /** The smallest bound accepted (INTEGER ranges). */
    public int min() {
        return min;
    }

    /** The largest bound accepted (INTEGER ranges). */
    public int max() {
        return max;
    }

    /**
     * A bound as the index compares it (ISO date, digits), checked.
     *
     * @param parameter the bound's request parameter, named in the message
     */
    String parse(String parameter, String value) {
        if (kind == Kind.DATE) {
            LocalDate date;
            try {
                date = LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(parameter + " must be an ISO date (yyyy-MM-dd), got '"
                        + Dimension.shorten(value) + "'");
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new IllegalArgumentException(parameter + " must be between " + EARLIEST + " and " + LATEST
                        + ", got " + date);
            }
            return date.toString();
        }
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(parameter + " must be a whole number, got '" + Dimension.shorten(value) + "'");
        }
        if (n < min) {
            throw new IllegalArgumentException(min == 0 ? plural + " cannot be negative"
                    : parameter + " must be at least " + min + ", got " + n);
        }
        if (n > max) {
            throw new IllegalArgumentException(parameter + " must be at most " + max + ", got " + n);
        }
        return Integer.toString(n);
    }

    /** Whether bound {@code low} is beyond bound {@code high}. */
    boolean inverted(String low, String high) {
        return kind == Kind.DATE ? LocalDate.parse(low).isAfter(LocalDate.parse(high))
                : Integer.parseInt(low) > Integer.parseInt(high);
    }
}
