package org.imrarchive.analytics;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What values a {@link Dimension} takes, how a request spells them, how they sort and how a person reads
 * them. Three kinds: a closed list of codes with labels (an enumeration, or a fixed set such as the
 * programs), free names (procedures, specialties) and whole numbers (years).
 */
public sealed interface Values {

    /** Values one filter may list: a longer list is a runaway client, not a question. */
    int MAX_VALUES = 100;

    /** The longest name accepted; the index holds none longer. */
    int MAX_NAME_LENGTH = 256;

    /**
     * The value as the index holds it (an enumeration's constant name, a year's digits).
     *
     * @param parameter the request parameter, named in the message
     * @throws IllegalArgumentException with a message fit for the user when the value is not one of these
     */
    String parse(String parameter, String value);

    /** The order of selected values, so that equal filters print alike. */
    Comparator<String> order();

    /** How a person reads a value (an enumeration's label); the value itself when there is no label. */
    default String label(String value) {
        return value;
    }

    /** Whether several values may be given comma-separated in one parameter (names with commas may not). */
    default boolean commaSeparated() {
        return true;
    }

    /**
     * A closed list: the constants of {@code type}, each read as its label ("LUMBAR_SPINE" → "Lumbar spine")
     * unless {@code labels} gives one ("ODG" → "ODG"). Requests spell them in any case, with '-' or ' ' for '_'.
     */
    static <E extends Enum<E>> Codes of(Class<E> type, Map<E, String> labels) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            codes.put(constant.name(), labels.getOrDefault(constant, Codes.humanise(constant.name())));
        }
        return new Codes(codes);
    }

    /** A closed list of codes that is no Java enumeration: code, label, code, label, ... in display order. */
    static Codes codes(String... codesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i + 1 < codesAndLabels.length; i += 2) {
            labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return new Codes(labels);
    }

    /** Free names, exact as the index holds them; several are given comma-separated. */
    static Names names() {
        return new Names(true);
    }

    /** Free names that may contain commas ("Knee arthroscopy, partial meniscectomy"): several are given repeated only. */
    static Names namesWithCommas() {
        return new Names(false);
    }

    /** Calendar years, 1900..2100. */
    static Integers years() {
        return new Integers(1900, 2100, true);
    }

    /** Whole numbers from {@code min} to {@code max} (days, counts). Facets list them largest first, as years. */
    static Integers integers(int min, int max) {
        return new Integers(min, max, false);
    }

    /** @param labels code → label, in display order */
    record Codes(Map<String, String> labels) implements Values {

        public Codes {
            labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }

        public List<String> codes() {
            return List.copyOf(labels.keySet());
        }

        /** The code {@code value} names, compared without regard to case, '-', ' ' or '_' ("lumbar spine" = LUMBAR_SPINE). */
        @Override
        public String parse(String parameter, String value) {
            String normal = normal(value);
            return labels.keySet().stream().filter(code -> normal(code).equals(normal)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(parameter + " must be one of "
                            + String.join(", ", labels.keySet()) + ", got '" + Dimension.shorten(value) + "'"));
        }

        private static String normal(String value) {
            return value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        }

        @Override
        public Comparator<String> order() {
            List<String> codes = codes();
            return Comparator.comparingInt(codes::indexOf);
        }

        @Override
        public String label(String value) {
            return labels.getOrDefault(value, value);
        }

        /** Upper snake case read as words: DIAGNOSTIC_IMAGING → "Diagnostic imaging". */
        static String humanise(String code) {
            String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    /** @param commaSeparated whether "A,B" is two names */
    record Names(boolean commaSeparated) implements Values {

        @Override
        public String parse(String parameter, String value) {
            String name = value.trim();
            if (name.length() > MAX_NAME_LENGTH) {
                throw new IllegalArgumentException(parameter + " values are at most " + MAX_NAME_LENGTH
                        + " characters long, got '" + Dimension.shorten(name) + "'");
            }
            return name;
        }

        @Override
        public Comparator<String> order() {
            return Comparator.naturalOrder();
        }
    }

    /** @param years calendar years, written with four digits ("a four-digit year such as 2014") */
    record Integers(int min, int max, boolean years) implements Values {

        @Override
        public String parse(String parameter, String value) {
            String digits = value.trim();
            if (years ? !digits.matches("\\d{4}") : !digits.matches("-?\\d{1,9}")) {
                throw new IllegalArgumentException(parameter + (years ? " must be a four-digit year such as 2014"
                        : " must be a whole number") + ", got '" + Dimension.shorten(value) + "'");
            }
            int n = Integer.parseInt(digits);
            if (n < min || n > max) {
                throw new IllegalArgumentException(parameter + " must be between " + min + " and " + max + ", got " + n);
            }
            return Integer.toString(n);
        }

        @Override
        public Comparator<String> order() {
            return Comparator.comparingInt(Integer::parseInt);
        }
    }

    /** The codes of a closed list, or none for open ones. */
    default Optional<Codes> closed() {
        return this instanceof Codes c ? Optional.of(c) : Optional.empty();
    }
}
