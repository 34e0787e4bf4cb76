package org.imrarchive.api.search;

/** One value of a facet: how many decisions have it, and whether the search currently filters on it. */
public record FacetCount(String value, long count, boolean selected) {
}
