package org.imrarchive.parse.layout;

import java.util.List;
import java.util.Optional;

import org.imrarchive.parse.text.Scan;

/**
 * Tells which layout a cleaned text is, by the weighted markers each layout prints. A text with too little
 * evidence for any layout is not an IMR determination letter. Thread-safe.
 */
public final class LayoutDetector {

    /** Below this score a text is not taken for an IMR letter. */
    public static final int MIN_SCORE = 3;

    private final List<LetterLayout> layouts;

    /** @param layouts the layouts, in the order that breaks ties (the first wins) */
    public LayoutDetector(List<LetterLayout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    public Optional<LetterLayout> detect(String cleanedText) {
        Scan.Text text = Scan.Text.of(cleanedText);
        LetterLayout best = null;
        int bestScore = 0;
        for (LetterLayout layout : layouts) {
            int score = 0;
            for (LayoutMarker marker : layout.markers()) {
                if (marker.foundIn(text)) {
                    score += marker.weight();
                }
            }
            if (score > bestScore) {
                best = layout;
                bestScore = score;
            }
        }
        return bestScore < MIN_SCORE ? Optional.empty() : Optional.ofNullable(best);
    }
}
