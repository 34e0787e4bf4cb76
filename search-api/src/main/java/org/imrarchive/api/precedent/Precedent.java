package org.imrarchive.api.precedent;

import java.util.List;
import org.imrarchive.api.search.DecisionHit;
import org.imrarchive.api.search.HighlightSegment;

/**
 * A ranked precedent: the decision, the sentence of its rationale that best answers the request, and why it was
 * chosen (what it shares with the request).
 */
public record Precedent(DecisionHit decision, List<HighlightSegment> rationaleSentence, PrecedentReasons reasons) {
}
