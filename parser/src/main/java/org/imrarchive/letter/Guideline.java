package org.imrarchive.letter;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One guideline citation; {@code raw} keeps the letter's own words, the rest is normalised. {@code section} is the
 * part of the guideline the letter names ("Section(s): Special Studies"), where it names one.
 */
public record Guideline(GuidelineSource source, String chapter, String title,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String section, String pages, String raw) {

    /** A citation that names no section. */
    public Guideline(GuidelineSource source, String chapter, String title, String pages, String raw) {
        this(source, chapter, title, null, pages, raw);
    }
}
