package org.imrarchive.api.precedent;

import java.util.List;

/**
 * Precedents for a new request.
 *
 * @param precedents the best matching prior decisions, best first
 * @param outcomes   outcome split over the precedent set: the top 50 matches on the best match's procedure
 * @param guidelines the guideline passages most cited in that set, most cited first
 */
public record PrecedentResult(List<Precedent> precedents, OutcomeSplit outcomes, List<GuidelineCitation> guidelines) {
}
