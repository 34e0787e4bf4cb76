package org.imrarchive.api.precedent;

import java.util.List;
import org.imrarchive.letter.GuidelineSource;

/**
 * A guideline passage and how many of the precedents cite it.
 *
 * @param label "MTUS ACOEM Ch. 12 Low Back Complaints"
 * @param pages the cited pages seen with it, most frequent first
 */
public record GuidelineCitation(String label, GuidelineSource source, int precedents, int upheld, int overturned,
                                List<String> pages) {
}
