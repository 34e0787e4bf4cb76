package org.imrarchive.analytics;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search text's cost grows with: its words (each expands through the medical synonyms) and its prefix
 * searches ({@code lum*}, each expands to every indexed word it starts), operators not counted. Counted in one
 * place, so the syntax check's caps and the admission's "costly" threshold count alike.
 *
 * @param words      words, prefixes included
 * @param prefixes   words ending in {@code *}
 * @param shortestPrefix letters before the '*' of the shortest prefix; 0 when there is none
 */
public record QueryWords(int words, int prefixes, int shortestPrefix) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(\\*)?");

    private static final Set<String> OPERATORS = Set.of("OR", "AND", "NOT");

    /** The words of {@code q}; none for null. */
    public static QueryWords of(String q) {
        if (q == null) {
            return new QueryWords(0, 0, 0);
        }
        int words = 0;
        int prefixes = 0;
        int shortest = 0;
        Matcher m = WORD.matcher(q);
        while (m.find()) {
            String word = m.group();
            if (OPERATORS.contains(word)) {
                continue;
            }
            words++;
            if (m.group(1) != null) {
                int letters = word.length() - 1;
                shortest = prefixes == 0 ? letters : Math.min(shortest, letters);
                prefixes++;
            }
        }
        return new QueryWords(words, prefixes, shortest);
    }
}
