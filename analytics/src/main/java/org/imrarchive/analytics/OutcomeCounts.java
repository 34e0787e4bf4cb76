package org.imrarchive.analytics;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import java.util.Map;

/**
 * The counts every figure is made of, for one group, period or cell: how many decisions, and how
 * many of them upheld and overturned. Elasticsearch counts them with two {@code filter}
 * sub-aggregations under each bucket; single-bucket aggregations are exact on any number of shards.
 */
record OutcomeCounts(long decisions, long upheld, long overturned) {

    private static final String UPHELD = "upheld";
    private static final String OVERTURNED = "overturned";

    OutcomeCounts {
        if (decisions < 0 || upheld < 0 || overturned < 0 || upheld + overturned > decisions) {
            throw new IllegalStateException("inconsistent counts: " + decisions + " decisions, "
                    + upheld + " upheld, " + overturned + " overturned");
        }
    }

    /** Decisions whose outcome the archive does not know (the letter did not say, or parsing could not tell). */
    long undetermined() {
        return decisions - upheld - overturned;
    }

    long decided() {
        return upheld + overturned;
    }

    /** upheld / (upheld + overturned), or null when nothing was decided. */
    Double upholdRate() {
        return decided() == 0 ? null : (double) upheld / decided();
    }

    /** The Wilson interval of {@link #upholdRate()}, or null when nothing was decided. */
    WilsonInterval interval() {
        return decided() == 0 ? null : WilsonInterval.of(upheld, decided());
    }

    /** The sub-aggregations to put under every bucket whose outcomes are counted. */
    static Map<String, Aggregation> aggregations() {
        return Map.of(
                UPHELD, Aggregation.of(a -> a.filter(q -> q.term(t -> t.field("outcome").value("UPHELD")))),
                OVERTURNED, Aggregation.of(a -> a.filter(q -> q.term(t -> t.field("outcome").value("OVERTURNED")))));
    }

    /** Reads the counts of a bucket that carries {@link #aggregations()}. */
    static OutcomeCounts of(long docCount, Map<String, Aggregate> aggregations) {
        return new OutcomeCounts(docCount,
                aggregations.get(UPHELD).filter().docCount(),
                aggregations.get(OVERTURNED).filter().docCount());
    }
}
