package org.imrarchive.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imrarchive.analytics.DecisionFilter;
import org.imrarchive.analytics.Dimension;
import org.imrarchive.analytics.Range;
import org.imrarchive.analytics.UpholdRate;
import org.imrarchive.analytics.UpholdRateCsv;
import org.imrarchive.analytics.UpholdRateTable;
import org.imrarchive.analytics.UpholdRates;
import org.imrarchive.letter.LetterJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Uphold rates on the terminal: the same numbers as GET /api/stats/uphold-rates. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Uphold rates by group (--by), with counts and 95%% Wilson confidence intervals.",
                "Unit: one disputed item. Uphold rate: upheld / (upheld + overturned)."})
final class StatsCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "procedure", completionCandidates = Groupings.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "0", description = "Leave out groups with fewer decisions.")
    int minCount;

    @Option(names = "--filter", paramLabel = "NAME=VALUE", completionCandidates = FilterNames.class,
            description = "A filter as in the API, repeatable; NAME is one of ${COMPLETION-CANDIDATES}. "
                    + "Example: --filter specialty=Anesthesiology")
    List<String> filters = new ArrayList<>();

    /** The --by values, read from the one vocabulary so the help never lists a stale set. */
    static final class Groupings implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Dimension.groupings().stream().map(Enum::name).iterator();
        }
    }

    /** The filter names: the filtering dimensions, the range bounds and the text. */
    static final class FilterNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            Dimension.filtering().forEach(d -> names.add(d.name()));
            for (Range r : Range.values()) {
                names.add(r.minParameter());
                names.add(r.maxParameter());
            }
            names.add("q");
            return names.iterator();
        }
    }

    @picocli.CommandLine.ParentCommand
    Imr parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Dimension grouping = Dimension.grouping(by);
        DecisionFilter filter = DecisionFilter.fromParams(parameters(filters));
        if (minCount < 0) {
            throw new IllegalArgumentException("--min-count cannot be negative");
        }
        try (ArchiveConnection archive = ArchiveConnection.open(parent.env())) {
            List<UpholdRate> rates = new UpholdRates(archive.gateway()).by(grouping, filter, minCount);
            String output = switch (format) {
                case table -> UpholdRateTable.byGroup(grouping, rates);
                case csv -> UpholdRateCsv.plain().byGroup(grouping, rates);
                case json -> LetterJson.mapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rates);
            };
            spec.commandLine().getOut().print(output.endsWith("\n") ? output : output + "\n");
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static Map<String, List<String>> parameters(List<String> filters) {
        Map<String, List<String>> params = new HashMap<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--filter takes NAME=VALUE, not '" + f + "'");
            }
            params.computeIfAbsent(f.substring(0, eq), k -> new ArrayList<>()).add(f.substring(eq + 1));
        }
        return params;
    }
}
