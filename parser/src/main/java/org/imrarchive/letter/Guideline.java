package org.imrarchive.letter;

/** One guideline citation; {@code raw} keeps the letter's own words, the rest is normalised. */
public record Guideline(GuidelineSource source, String chapter, String title, String pages, String raw) {
}
