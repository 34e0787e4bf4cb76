package org.imrarchive.parse.eval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Scores parses against labels field by field: every leaf of a label is one field, compared with the same path of
 * the parse; a field the label omits is not scored. Lists are scored by their length and element by element
 * (decisions item by item). Numbers compare by value. Not thread-safe: one instance gathers one evaluation.
 */
public final class FieldAccuracy {

    /** One labelled field the parse got wrong. */
    public record Miss(String letter, String field, String expected, String actual) {
        @Override
        public String toString() {
            return letter + "  " + field + ": expected " + expected + ", got " + actual;
        }
    }

    /** Correct and total count of one field path. */
    public record Tally(int matched, int total) {
        Tally plus(boolean ok) {
            return new Tally(matched + (ok ? 1 : 0), total + 1);
        }

        public double share() {
            return total == 0 ? 1.0 : matched / (double) total;
        }
    }

    private final Map<String, Tally> byField = new TreeMap<>();
    private final List<Miss> misses = new ArrayList<>();

    /** Scores one letter: {@code actual} is its parse as JSON (null when it did not parse: every field is missed). */
    public void score(String letter, JsonNode label, JsonNode actual) {
        Iterator<Map.Entry<String, JsonNode>> fields = label.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode a = actual == null ? null : actual.get(e.getKey());
            compare(e.getKey(), e.getValue(), a, letter);
        }
    }

    private void compare(String path, JsonNode expected, JsonNode actual, String letter) {
        JsonNode a = actual == null ? NullNode.getInstance() : actual;
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(path + "." + e.getKey(), e.getValue(), a.isObject() ? a.get(e.getKey()) : null, letter);
            }
            return;
        }
        if (expected.isArray()) {
            int actualSize = a.isArray() ? a.size() : 0;
            count(path + ".length", expected.size() == actualSize, letter, String.valueOf(expected.size()),
                    actualSize + " " + abbreviate(a.toString()));
            for (int i = 0; i < expected.size(); i++) {
                JsonNode ai = a.isArray() && i < a.size() ? a.get(i) : null;
                compare(path + "[]", expected.get(i), ai, letter + " #" + (i + 1));
            }
            return;
        }
        boolean equal = expected.isNumber() && a.isNumber() ? expected.asLong() == a.asLong() : expected.equals(a);
        count(path, equal, letter, expected.toString(), abbreviate(a.toString()));
    }

    private void count(String path, boolean ok, String letter, String expected, String actual) {
        byField.merge(path, new Tally(0, 0).plus(ok), (was, one) -> was.plus(ok));
        if (!ok) {
            misses.add(new Miss(letter, path, expected, actual));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    /** Per field path, sorted by path. */
    public Map<String, Tally> byField() {
        return new TreeMap<>(byField);
    }

    public Tally overall() {
        int matched = 0;
        int total = 0;
        for (Tally t : byField.values()) {
            matched += t.matched();
            total += t.total();
        }
        return new Tally(matched, total);
    }
}
