package org.imrarchive.letter;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The expert reviewer. {@code specialty} is canonical (see shared/spec/specialties.txt);
 * {@code specialtyRaw} keeps the letter's own words; {@code certifications} lists every board the letter names,
 * canonical, where it lists them (left out of the JSON when it lists none).
 */
public record Reviewer(String specialty, String specialtyRaw,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> certifications, List<String> licensure) {
    public Reviewer {
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        licensure = licensure == null ? List.of() : List.copyOf(licensure);
    }

    /** A reviewer whose letter lists no certifications. */
    public Reviewer(String specialty, String specialtyRaw, List<String> licensure) {
        this(specialty, specialtyRaw, List.of(), licensure);
    }

    public static Reviewer unknown() {
        return new Reviewer(null, null, List.of());
    }
}
