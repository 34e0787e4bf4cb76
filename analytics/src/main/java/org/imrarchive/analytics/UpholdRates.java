package org.imrarchive.analytics;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.HistogramBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;

/**
 * Uphold rates, trends and cross tables over the decisions index. Elasticsearch does all the
 * counting with aggregations; Java only turns counts into rates and intervals.
 *
 * <p>Groups are read with a {@code composite} aggregation, paged to the end, rather than a
 * {@code terms} aggregation: terms counts are approximate once an index has several shards and
 * a group falls outside a shard's top N, and an analyst's figure must be exact on any cluster.
 * Documents without a value for the grouping field form the {@value UpholdRate#NONE} group
 * ({@code missing_bucket}), so the groups always add up to every decision the filter matched
 * (more than that for the multi-valued {@link Dimension#guideline}).
 */
public final class UpholdRates {

    private static final int DEFAULT_PAGE_SIZE = 1000;
    private static final String GROUP = "group";
    private static final String ROW = "row";
    private static final String COL = "col";

    private final ArchiveGateway gateway;
    private final int pageSize;

    public UpholdRates(ArchiveGateway gateway) {
        this(gateway, DEFAULT_PAGE_SIZE);
    }

    /** A smaller page size lets tests prove that paging through composite buckets loses nothing. */
    UpholdRates(ArchiveGateway gateway, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.gateway = gateway;
        this.pageSize = pageSize;
    }

    /**
     * The uphold rate of each group of the decisions the filter matches, largest group first (ties
     * by group name), leaving out groups of fewer than {@code minCount} decisions.
     * A filter that matches nothing gives an empty list.
     */
    public List<UpholdRate> by(Dimension by, DecisionFilter filter, int minCount) {
        if (minCount < 0) {
            throw new IllegalArgumentException("minCount cannot be negative, got " + minCount);
        }
        List<UpholdRate> rates = new ArrayList<>();
        for (CompositeBucket bucket : composite(filter.query(), Map.of(GROUP, source(by)))) {
            if (bucket.docCount() >= minCount) {
                rates.add(UpholdRate.of(label(bucket.key().get(GROUP)), OutcomeCounts.of(bucket.docCount(), bucket.aggregations())));
            }
        }
        rates.sort(UpholdRate.BY_DECISIONS_THEN_GROUP);
        return rates;
    }

    /** The uphold rate of all the decisions the filter matches, as one group named "(all)". */
    public UpholdRate total(DecisionFilter filter) {
        SearchResponse<Void> response = gateway.search(ArchiveIndex.DECISIONS, s -> s
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .query(filter.query())
                .aggregations(OutcomeCounts.aggregations()), Void.class);
        long decisions = response.hits().total() == null ? 0 : response.hits().total().value();
        return UpholdRate.of("(all)", OutcomeCounts.of(decisions, response.aggregations()));
    }

    /**
     * The uphold rate per calendar period. Months and quarters are those of the decision date; years
     * are the {@code year} field, which DMHC rows have without a decision date, so a yearly trend agrees
     * with {@code by(year)}. Decisions without a date of the period's precision belong to no period and
     * are counted in {@link TrendReport#undated()}. The periods run from the first to the last with a
     * decision, or over the filter's {@code from}..{@code to} when it gives them.
     */
    public TrendReport trend(Interval interval, DecisionFilter filter) {
        String field = interval == Interval.year ? "year" : "decisionDate";
        Aggregation undated = Aggregation.of(a -> a.missing(m -> m.field(field)));
        SearchResponse<Void> response = gateway.search(ArchiveIndex.DECISIONS, s -> s
                .size(0)
                .query(filter.query())
                .aggregations("periods", interval == Interval.year ? years(filter) : datePeriods(interval, filter))
                .aggregations("undated", undated), Void.class);
        Aggregate periods = response.aggregations().get("periods");
        List<TrendPoint> points = new ArrayList<>();
        if (interval == Interval.year) {
            for (HistogramBucket bucket : periods.histogram().buckets().array()) {
                LocalDate start = LocalDate.of((int) bucket.key(), 1, 1);
                points.add(TrendPoint.of(interval.label(start), start, OutcomeCounts.of(bucket.docCount(), bucket.aggregations())));
            }
        } else {
            for (DateHistogramBucket bucket : periods.dateHistogram().buckets().array()) {
                // Decision dates are whole days stored at UTC midnight, so the bucket key is the period's first day.
                LocalDate start = Instant.ofEpochMilli(bucket.key()).atOffset(ZoneOffset.UTC).toLocalDate();
                points.add(TrendPoint.of(interval.label(start), start, OutcomeCounts.of(bucket.docCount(), bucket.aggregations())));
            }
        }
        return new TrendReport(interval, points, response.aggregations().get("undated").missing().docCount());
    }

    private static Aggregation datePeriods(Interval interval, DecisionFilter filter) {
        return Aggregation.of(a -> a
                .dateHistogram(h -> {
                    h.field("decisionDate").calendarInterval(interval.calendarInterval())
                            .format("yyyy-MM-dd").minDocCount(0);
                    // A chart of a requested date range should span all of it, empty periods included.
                    if (filter.from() != null || filter.to() != null) {
                        h.extendedBounds(b -> {
                            if (filter.from() != null) {
                                b.min(FieldDateMath.of(m -> m.expr(filter.from().toString())));
                            }
                            if (filter.to() != null) {
                                b.max(FieldDateMath.of(m -> m.expr(filter.to().toString())));
                            }
                            return b;
                        });
                    }
                    return h;
                })
                .aggregations(OutcomeCounts.aggregations()));
    }

    private static Aggregation years(DecisionFilter filter) {
        return Aggregation.of(a -> a
                .histogram(h -> {
                    h.field("year").interval(1.0).minDocCount(0);
                    if (filter.from() != null || filter.to() != null) {
                        h.extendedBounds(b -> {
                            if (filter.from() != null) {
                                b.min((double) filter.from().getYear());
                            }
                            if (filter.to() != null) {
                                b.max((double) filter.to().getYear());
                            }
                            return b;
                        });
                    }
                    return h;
                })
                .aggregations(OutcomeCounts.aggregations()));
    }

    /**
     * The two-way table of uphold rates by {@code rows} and {@code cols}: one cell per pair of groups
     * that has decisions, and the row and column totals. Rows and columns are ordered largest first.
     */
    public CrossTable cross(Dimension rows, Dimension cols, DecisionFilter filter) {
        return cross(rows, cols, filter, 0);
    }

    /**
     * {@link #cross(Dimension, Dimension, DecisionFilter)} without the row and column groups of fewer than
     * {@code minCount} decisions (and their cells): the same rule, and the same refusal of a negative
     * count, as {@link #by}.
     */
    public CrossTable cross(Dimension rows, Dimension cols, DecisionFilter filter, int minCount) {
        if (rows == cols) {
            throw new IllegalArgumentException("rows and cols must be different groupings, both are " + rows);
        }
        List<UpholdRate> rowTotals = by(rows, filter, minCount);
        List<UpholdRate> colTotals = by(cols, filter, minCount);
        Map<String, Integer> rowOrder = order(rowTotals);
        Map<String, Integer> colOrder = order(colTotals);
        Map<String, CompositeAggregationSource> sources = new LinkedHashMap<>();
        sources.put(ROW, source(rows));
        sources.put(COL, source(cols));
        List<CrossCell> cells = new ArrayList<>();
        for (CompositeBucket bucket : composite(filter.query(), sources)) {
            CrossCell cell = CrossCell.of(label(bucket.key().get(ROW)), label(bucket.key().get(COL)),
                    OutcomeCounts.of(bucket.docCount(), bucket.aggregations()));
            if (rowOrder.containsKey(cell.row()) && colOrder.containsKey(cell.col())) {
                cells.add(cell);
            }
        }
        // Every cell's row and column also appear in the totals, which count the same documents.
        cells.sort(Comparator.<CrossCell>comparingInt(c -> rowOrder.get(c.row())).thenComparingInt(c -> colOrder.get(c.col())));
        return new CrossTable(rows, cols, keys(rowTotals), keys(colTotals), rowTotals, colTotals, cells);
    }

    /** Every bucket of a composite aggregation, page after page, each with its outcome counts. */
    private List<CompositeBucket> composite(Query query, Map<String, CompositeAggregationSource> sources) {
        List<Map<String, CompositeAggregationSource>> sourceList = sources.entrySet().stream()
                .map(e -> Map.of(e.getKey(), e.getValue()))
                .toList();
        List<CompositeBucket> buckets = new ArrayList<>();
        Map<String, FieldValue> after = null;
        while (true) {
            Map<String, FieldValue> afterKey = after;
            Aggregation groups = Aggregation.of(a -> a
                    .composite(c -> {
                        c.size(pageSize).sources(sourceList);
                        if (afterKey != null) {
                            c.after(afterKey);
                        }
                        return c;
                    })
                    .aggregations(OutcomeCounts.aggregations()));
            SearchResponse<Void> response = gateway.search(ArchiveIndex.DECISIONS, s -> s
                    .size(0)
                    .query(query)
                    .aggregations("groups", groups), Void.class);
            CompositeAggregate page = response.aggregations().get("groups").composite();
            List<CompositeBucket> pageBuckets = page.buckets().array();
            buckets.addAll(pageBuckets);
            if (pageBuckets.size() < pageSize || page.afterKey() == null || page.afterKey().isEmpty()) {
                return buckets;
            }
            after = page.afterKey();
        }
    }

    private static CompositeAggregationSource source(Dimension grouping) {
        if (!grouping.groups()) {
            throw new IllegalArgumentException("cannot group by " + grouping + ": use one of " + Dimension.groupings());
        }
        return CompositeAggregationSource.of(s -> s.terms(t -> t.field(grouping.field()).missingBucket(true)));
    }

    /** A composite key as the group's name: null (no value) is the "(none)" group. */
    private static String label(FieldValue key) {
        if (key == null || key.isNull()) {
            return UpholdRate.NONE;
        }
        if (key.isString()) {
            return key.stringValue();
        }
        if (key.isLong()) {
            return Long.toString(key.longValue());
        }
        if (key.isDouble()) {
            double d = key.doubleValue();
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
        if (key.isBoolean()) {
            return Boolean.toString(key.booleanValue());
        }
        return String.valueOf(key._get());
    }

    private static Map<String, Integer> order(List<UpholdRate> totals) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < totals.size(); i++) {
            order.put(totals.get(i).group(), i);
        }
        return order;
    }

    private static List<String> keys(List<UpholdRate> totals) {
        return totals.stream().map(UpholdRate::group).toList();
    }
}
