package org.imrarchive.parse.read;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.Outcome;
import org.imrarchive.parse.text.Ascii;
import org.imrarchive.parse.text.Scan;

/**
 * The outcome a letter gives an item: the word ("Upheld", "Overturned", "reversed"), or the conclusion of its
 * rationale ("is not medically necessary": the denial is upheld). Thread-safe.
 */
public final class OutcomeInference {

    /** A necessity sentence found: the outcome it gives and where it stands; {@code labelled} when it says "denial is upheld". */
    public record Necessity(Outcome outcome, int start, int end, boolean labelled) {
    }

    private static final Pattern OUTCOME_WORD = Pattern.compile("(?i)\\b(upheld|uphold|overturned|overturn|reversed)\\b");
    /** Both alternatives start at \\b and one of the letters i a w b r d n u: stated once up front, before the alternatives. */
    private static final Pattern NECESSITY = Pattern.compile(
            "(?i)\\b(?=[iIaAwWbBrRdDnNuU])(?:\\b(?:is|are|was|were|be|been|remains?)\\s+(not\\s+|un)?medically\\s+(?:necessary|indicated|reasonable)(?:\\s+(?:and|or)\\s+appropriate)?"
                    + "|\\b(?:denial|non-?certification|adverse\\s+determination|UR\\s+(?:decision|determination)|utilization\\s+review\\s+(?:decision|determination))\\s+(?:is|was|should\\s+be|will\\s+be)\\s+(upheld|overturned|reversed))");
    private static final Pattern LETTER_LEVEL = Pattern.compile(
            "(?i)\\bFinal\\s+Determination\\s*:?\\s*(?:is\\s+to\\s+)?(partial(?:ly)?\\s+overturn(?:ed)?|partial(?:ly)?\\s+uphold|overturn(?:ed)?|uphold|upheld)\\b");

    private OutcomeInference() {
    }

    /** The outcome an outcome word means: "upheld"/"uphold" UPHELD, the others OVERTURNED. */
    public static Outcome ofWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.startsWith("uph") ? Outcome.UPHELD : Outcome.OVERTURNED;
    }

    /** A word found in a text: the outcome, where the word starts and ends. */
    public record Word(Outcome outcome, int start, int end) {
    }

    /** The first outcome word of a text. */
    public static Optional<Word> firstWord(String text) {
        Matcher o = OUTCOME_WORD.matcher(text);
        return o.find() ? Optional.of(new Word(ofWord(o.group(1)), o.start(), o.end())) : Optional.empty();
    }

    /** The first necessity sentence of a text. */
    public static Optional<Necessity> firstNecessity(String text) {
        Matcher m = NECESSITY.matcher(text);
        return m.find() ? Optional.of(necessity(m)) : Optional.empty();
    }

    private static Necessity necessity(Matcher nec) {
        if (nec.group(2) != null) {
            Outcome o = nec.group(2).toLowerCase(Locale.ROOT).startsWith("uph") ? Outcome.UPHELD : Outcome.OVERTURNED;
            return new Necessity(o, nec.start(), nec.end(), true);
        }
        return new Necessity(nec.group(1) != null ? Outcome.UPHELD : Outcome.OVERTURNED, nec.start(), nec.end(), false);
    }

    /** A letter-level "Final Determination: UPHOLD" (all items) or "OVERTURN"; null when partial or absent. */
    public static Outcome letterLevel(String text) {
        Matcher m = Scan.first(LETTER_LEVEL, Scan.Text.of(text), 20, 80, "final determination");
        if (m != null) {
            String v = m.group(1).toLowerCase(Locale.ROOT);
            if (v.startsWith("partial")) {
                return null;
            }
            return v.startsWith("overturn") ? Outcome.OVERTURNED : Outcome.UPHELD;
        }
        return null;
    }

    /** The conclusion of a rationale: its last "is (not) medically necessary" sentence, preferring one naming the item. */
    public static Outcome conclusion(String rationale, String item) {
        // one pass over the necessity sentences gives both the item's conclusion and the last one
        Conclusions c = conclusions(item == null ? Set.of() : ItemText.keyWords(item), rationale);
        return c.namingItem() != null ? c.namingItem() : c.last();
    }

    /** The outcome of the last necessity sentence that names this item (by its words), or null. */
    public static Outcome conclusionNaming(String item, String text) {
        if (item == null || text == null) {
            return null;
        }
        Set<String> keys = ItemText.keyWords(item);
        if (keys.isEmpty()) {
            return null;
        }
        return conclusions(keys, text).namingItem();
    }

    /** The outcome of the last necessity sentence naming the item (by its words), and of the last necessity sentence. */
    private record Conclusions(Outcome namingItem, Outcome last) {
    }

    private static Conclusions conclusions(Set<String> keys, String text) {
        Outcome best = null;
        Outcome last = null;
        // NECESSITY needs "medically" or an outcome word; without them there is nothing to find
        if (!Ascii.containsAnyIgnoreCase(text, "medically", "upheld", "overturned", "reversed")) {
            return new Conclusions(null, null);
        }
        Matcher m = NECESSITY.matcher(text);
        int bestScore = 0;
        while (m.find()) {
            last = necessity(m).outcome();
            if (keys.isEmpty()) {
                continue;
            }
            int sentenceStart = Math.max(text.lastIndexOf(". ", m.start()), 0);
            String sentence = text.substring(sentenceStart, m.start()).toLowerCase(Locale.ROOT);
            int score = 0;
            for (String k : keys) {
                if (sentence.contains(k)) {
                    score++;
                }
            }
            if (score > 0 && score >= bestScore) {
                bestScore = score;
                best = necessity(m).outcome();
            }
        }
        return new Conclusions(best, last);
    }
}
