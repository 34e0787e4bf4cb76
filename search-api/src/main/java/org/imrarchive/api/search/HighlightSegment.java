package org.imrarchive.api.search;

/**
 * A piece of a highlighted fragment: plain text, and whether it matched the query. Highlights are
 * returned as these segments, never as HTML, so a page renders them as text nodes (matches wrapped
 * in its own &lt;mark&gt;) and no markup from a letter can ever be interpreted.
 */
public record HighlightSegment(String text, boolean match) {
}
