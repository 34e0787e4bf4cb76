package org.imrarchive.generator;

import java.util.List;

import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.ProcedureCategory;

/**
 * A kind of treatment disputed in IMR: its canonical name and category (as the parser's catalog names them), how
 * often it is disputed ({@code weight}), how often the denial stands ({@code upheldRate}), the body regions it is
 * requested for (empty: none), how items are worded, what rationales say and which guidelines they cite.
 */
record ProcedureKind(
        String name,
        ProcedureCategory category,
        int weight,
        double upheldRate,
        List<BodyRegion> regions,
        Wording wording,
        Topic topic,
        Citations citations) {

    /** Words one item of this kind for a body region (null when the kind has none). */
    @FunctionalInterface
    interface Wording {
        Item item(Draw draw, BodyRegion region);
    }

    /** The guidelines a reviewer cites for this kind in a region, the most usual first. */
    @FunctionalInterface
    interface Citations {
        List<Cite> cites(BodyRegion region);
    }

    /** The region this item is about: the case's own when the kind applies there, else one the kind applies to. */
    BodyRegion regionFor(Draw draw, BodyRegion caseRegion) {
        if (regions.isEmpty()) {
            return null;
        }
        return regions.contains(caseRegion) ? caseRegion : draw.pick(regions);
    }
}
