package org.imrarchive.letter;

import java.util.List;

/** The normalised treatment behind a disputed item ("Lumbar discogram L3-4" is Discography, LUMBAR_SPINE, [L3-4]). */
public record Procedure(String name, ProcedureCategory category, BodyRegion bodyRegion, List<String> levels) {
    public Procedure {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
