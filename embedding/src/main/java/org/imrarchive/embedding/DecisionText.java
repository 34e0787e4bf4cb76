package org.imrarchive.embedding;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The text of a decision that is embedded: what a reviewer has before deciding, the disputed item, the
 * guideline cited and the clinical summary, in that order, because the model sees only the first
 * {@value #MODEL_TOKENS} tokens (its tokenizer truncates, as the model was trained): the item and guideline
 * whole and the summary's opening, which on the real letters is the diagnosis and history. The same fields on both sides: a precedent
 * request is embedded from the item, summary and guideline it is asked with, a stored decision from its
 * own, so the vectors compare like with like; the rationale and outcome are not part of it, which also
 * keeps the outcome from leaking into what a request is matched on.
 */
public final class DecisionText {

    /** What the model's tokenizer keeps of a text (all-MiniLM-L6-v2's tokenizer.json truncates there). */
    public static final int MODEL_TOKENS = 128;

    /** Well past what {@value #MODEL_TOKENS} tokens cover; only spares the tokenizer pages it would drop. */
    public static final int MAX_CHARS = 2_000;

    private DecisionText() {
    }

    public static String of(String item, String guideline, String clinicalSummary) {
        String text = Stream.of(item, guideline, clinicalSummary)
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
}
