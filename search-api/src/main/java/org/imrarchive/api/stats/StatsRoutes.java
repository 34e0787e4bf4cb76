package org.imrarchive.api.stats;

import io.javalin.http.BadRequestResponse;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.imrarchive.analytics.CrossTable;
import org.imrarchive.analytics.DecisionFilter;
import org.imrarchive.analytics.Dimension;
import org.imrarchive.analytics.Interval;
import org.imrarchive.analytics.TrendReport;
import org.imrarchive.analytics.UpholdRate;
import org.imrarchive.analytics.UpholdRateCsv;
import org.imrarchive.analytics.UpholdRates;
import org.imrarchive.api.RequestParams;
import org.imrarchive.api.Routes;
import org.imrarchive.api.SearchAdmission;

/**
 * {@code /api/stats/*}: uphold rates by group, over time, and as a two-way table, for the same filters
 * as search. {@code format=csv} answers a spreadsheet download instead of JSON.
 */
public final class StatsRoutes implements Routes {

    private static final int MAX_MIN_COUNT = 1_000_000;

    private final UpholdRates rates;
    private final SearchAdmission admission;

    public StatsRoutes(UpholdRates rates, SearchAdmission admission) {
        this.rates = rates;
        this.admission = admission;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/stats/uphold-rates", admission.admit(ctx -> SearchAdmission.Cost.ofText(ctx.queryParam("q")),
                this::upholdRates));
        app.get("/api/stats/trend", admission.admit(ctx -> SearchAdmission.Cost.ofText(ctx.queryParam("q")), this::trend));
        // A two-way table pages through every pair of groups: costly whatever its filters.
        app.get("/api/stats/cross", admission.admit(SearchAdmission.Cost.COSTLY, this::cross));
    }

    private void upholdRates(Context ctx) {
        RequestParams params = new RequestParams(ctx.queryParamMap());
        Dimension by = parse(() -> Dimension.grouping(params.text("by").orElse("procedure")));
        int minCount = minCount(params);
        DecisionFilter filter = filter(ctx);
        List<UpholdRate> groups = rates.by(by, filter, minCount);
        if (csv(params)) {
            download(ctx, "uphold-rates-by-" + by + ".csv", UpholdRateCsv.forSpreadsheets().byGroup(by, groups));
        } else {
            ctx.json(Map.of("by", by, "minCount", minCount, "total", rates.total(filter), "groups", groups));
        }
    }

    private void trend(Context ctx) {
        RequestParams params = new RequestParams(ctx.queryParamMap());
        Interval interval = parse(() -> Interval.fromParameter(params.text("interval").orElse("year")));
        TrendReport report = rates.trend(interval, filter(ctx));
        if (csv(params)) {
            download(ctx, "uphold-rate-trend-by-" + interval + ".csv", UpholdRateCsv.forSpreadsheets().trend(report));
        } else {
            ctx.json(report);
        }
    }

    private void cross(Context ctx) {
        RequestParams params = new RequestParams(ctx.queryParamMap());
        Dimension rows = parse(() -> Dimension.grouping(params.text("rows").orElse("procedure")));
        Dimension cols = parse(() -> Dimension.grouping(params.text("cols").orElse("specialty")));
        int minCount = minCount(params);
        CrossTable table = parse(() -> rates.cross(rows, cols, filter(ctx), minCount));
        if (csv(params)) {
            download(ctx, "uphold-rates-" + rows + "-by-" + cols + ".csv", UpholdRateCsv.forSpreadsheets().cross(table));
        } else {
            ctx.json(table);
        }
    }

    /** One rule wherever groups are counted: leave out groups of fewer decisions; 0 (all) by default. */
    private static int minCount(RequestParams params) {
        return params.integer("minCount", 0, MAX_MIN_COUNT).orElse(0);
    }

    private static DecisionFilter filter(Context ctx) {
        return parse(() -> DecisionFilter.fromParams(ctx.queryParamMap()));
    }

    private static boolean csv(RequestParams params) {
        String format = params.text("format").orElse("json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw new BadRequestResponse("format must be json or csv, not '" + format + "'");
        }
        return format.equals("csv");
    }

    private static void download(Context ctx, String fileName, String csv) {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .result(csv);
    }

    /** The analytics module says what is wrong with a parameter in an IllegalArgumentException: a 400. */
    private static <T> T parse(java.util.function.Supplier<T> parsing) {
        try {
            return parsing.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }
}
