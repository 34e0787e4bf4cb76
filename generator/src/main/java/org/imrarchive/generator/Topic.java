package org.imrarchive.generator;

import java.util.List;

/**
 * What a rationale says about one kind of treatment: the guideline's position, and the case facts a reviewer gives
 * when the denial stands ({@code upheld}) or is reversed ({@code overturned}). Sentences never say "medically
 * necessary": only the conclusion does, so the letter states each outcome once, in its own words.
 */
record Topic(List<String> guidance, List<String> upheld, List<String> overturned) {
}
