package org.imrarchive.letter;

import java.util.List;

/**
 * The expert reviewer. {@code specialty} is canonical (see shared/spec/specialties.txt);
 * {@code specialtyRaw} keeps the letter's own words.
 */
public record Reviewer(String specialty, String specialtyRaw, List<String> licensure) {
    public Reviewer {
        licensure = licensure == null ? List.of() : List.copyOf(licensure);
    }

    public static Reviewer unknown() {
        return new Reviewer(null, null, List.of());
    }
}
