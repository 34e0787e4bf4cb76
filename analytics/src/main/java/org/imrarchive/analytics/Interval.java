package org.imrarchive.analytics;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The calendar periods a trend is counted in; lower case like {@link Grouping}, for the same reason. */
public enum Interval {
    month(CalendarInterval.Month),
    quarter(CalendarInterval.Quarter),
    year(CalendarInterval.Year);

    private final CalendarInterval calendarInterval;

    Interval(CalendarInterval calendarInterval) {
        this.calendarInterval = calendarInterval;
    }

    CalendarInterval calendarInterval() {
        return calendarInterval;
    }

    /** The label of the period starting on {@code start}: "2014-03", "2014-Q1" or "2014". */
    public String label(LocalDate start) {
        return switch (this) {
            case month -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case quarter -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case year -> String.valueOf(start.getYear());
        };
    }

    public static Interval fromParameter(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an interval is required: one of " + names());
        }
        return Arrays.stream(values())
                .filter(i -> i.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown interval '" + value + "': use one of " + names()));
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
