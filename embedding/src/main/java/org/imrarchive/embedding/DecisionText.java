package org.imrarchive.embedding;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The text of a decision that is embedded: what a reviewer has before deciding, the disputed item, the
 * guideline cited and the clinical summary, in that order (the model reads the first 510 tokens of a part
 * most faithfully, and the item and guideline are short). The same fields on both sides: a precedent
 * request is embedded from the item, summary and guideline it is asked with, a stored decision from its
 * own, so the vectors compare like with like; the rationale and outcome are not part of it, which also
 * keeps the outcome from leaking into what a request is matched on.
 */
public final class DecisionText {

    /** Enough for the item, the guideline and the summary's first pages; the rest adds CPU more than meaning. */
    public static final int MAX_CHARS = 4_000;

    private DecisionText() {
    }

    public static String of(String item, String guideline, String clinicalSummary) {
        String text = Stream.of(item, guideline, clinicalSummary)
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
}
