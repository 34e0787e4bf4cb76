package org.imrarchive.api;

/**
 * How many searches the API runs in Elasticsearch at once; a request beyond that waits
 * {@link SearchAdmission#QUEUE_WAIT_MILLIS} for a turn and is then refused with 429. Costly searches (precedents and
 * similar decisions: more_like_this over the rationales) have a smaller share of their own, so a burst of them leaves
 * room for ordinary searches. Costly are precedents, similar decisions, two-way statistics tables, and searches whose
 * text has a prefix or more than {@value SearchAdmission.Cost#ORDINARY_WORDS} words.
 *
 * @param maxConcurrentSearches      every search, statistics and precedent request running at once
 *                                   ({@code IMR_MAX_CONCURRENT_SEARCHES})
 * @param maxConcurrentCostlySearches of those, the costly ones
 *                                   ({@code IMR_MAX_CONCURRENT_COSTLY_SEARCHES})
 */
public record SearchLimits(int maxConcurrentSearches, int maxConcurrentCostlySearches) {

    /**
     * Elasticsearch's search pool has 1.5 × cores + 1 threads and queues 1,000 more; 16 requests in flight keep a
     * small node busy without letting a crowd of them build heap that trips its breakers.
     */
    public static final int DEFAULT_MAX_CONCURRENT = 16;

    /** Two costly searches at once take at most two of a two-core node's four search threads. */
    public static final int DEFAULT_MAX_CONCURRENT_COSTLY = 2;

    public SearchLimits {
        if (maxConcurrentSearches < 1 || maxConcurrentCostlySearches < 1) {
            throw new IllegalArgumentException("search limits must be at least 1");
        }
        if (maxConcurrentCostlySearches > maxConcurrentSearches) {
            throw new IllegalArgumentException("costly searches (" + maxConcurrentCostlySearches
                    + ") cannot exceed all searches (" + maxConcurrentSearches + ")");
        }
    }

    public static SearchLimits defaults() {
        return new SearchLimits(DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_CONCURRENT_COSTLY);
    }
}
