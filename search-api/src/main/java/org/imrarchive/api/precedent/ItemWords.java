package org.imrarchive.api.precedent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of free text a precedent request sends (item, guideline), bounded before they reach
 * Elasticsearch. Every word can expand through the medical synonyms into several terms and phrases, so
 * the cost of a query grows with its words: a 1000-character item of synonym-rich abbreviations must
 * cost about what a short one does. Words are runs of letters, digits and apostrophes, which is where
 * the standard tokenizer splits too, so a long string without spaces cannot hide hundreds of tokens.
 */
final class ItemWords {

    /** Distinct words matched as loose terms: more than a disputed item ever needs to be recognised. */
    static final int MAX_DISTINCT = 32;

    /** Leading words matched as a phrase: the wording that names the treatment comes first. */
    static final int MAX_PHRASE = 12;

    private ItemWords() {
    }

    /** The first {@value #MAX_DISTINCT} distinct words (case-insensitive), in order, joined by spaces. */
    static String distinct(String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String word : words(text)) {
            if (seen.add(word.toLowerCase(Locale.ROOT))) {
                kept.add(word);
                if (kept.size() == MAX_DISTINCT) {
                    break;
                }
            }
        }
        return String.join(" ", kept);
    }

    /** The first {@value #MAX_PHRASE} words as written (repeats kept: a phrase is about order). */
    static String leading(String text) {
        List<String> words = words(text);
        return String.join(" ", words.subList(0, Math.min(words.size(), MAX_PHRASE)));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}'’]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
