package org.imrarchive.api;

import io.javalin.http.BadRequestResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to query parameters; every malformed value is a 400 that names the parameter and what
 * it accepts. Parameters the API does not know are ignored. (The decision filters shared with the
 * statistics are read by the analytics module's {@code DecisionFilter}.) Not Javalin's validators
 * ({@code ctx.queryParamAsClass}): they take the first of repeated values silently, where a parameter given
 * twice with different values is refused here, and their errors are a map per parameter rather than one
 * message; the refusals are Javalin's own {@code BadRequestResponse}.
 */
public final class RequestParams {

    private final Map<String, List<String>> values;

    public RequestParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * The value of a single-valued parameter, blank counted as absent. Given twice with different values
     * it is a 400 rather than the first taken silently (the rule {@code DecisionFilter} has for its own
     * single-valued parameters); the same value repeated is fine.
     */
    public Optional<String> text(String name) {
        List<String> given = values.get(name);
        if (given == null) {
            return Optional.empty();
        }
        List<String> distinct = given.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
        if (distinct.size() > 1) {
            throw new BadRequestResponse(name + " was given " + distinct.size() + " different values "
                    + distinct.stream().limit(3).map(RequestParams::shorten).toList() + "; give one");
        }
        return distinct.stream().findFirst();
    }

    public Optional<Integer> integer(String name, int min, int max) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        int value;
        try {
            value = Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number between " + min + " and " + max
                    + ", not '" + shorten(raw.get()) + "'");
        }
        if (value < min || value > max) {
            throw new BadRequestResponse(name + " must be between " + min + " and " + max + ", not " + value);
        }
        return Optional.of(value);
    }

    /** One of {@code allowed}, matched case-insensitively, with '-' and ' ' read as '_'. */
    public static String oneOf(String name, String value, List<String> allowed) {
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!allowed.contains(normalised)) {
            throw new BadRequestResponse(name + " must be one of " + String.join(", ", allowed)
                    + ", not '" + shorten(value) + "'");
        }
        return normalised;
    }

    /** Keeps echoed input short in messages; the JSON encoder escapes it. */
    public static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
