package org.imrarchive.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks Elasticsearch to mark matches with two private-use characters instead of tags, and turns the
 * marked fragments into {@link HighlightSegment}s. The API thus never produces HTML from a letter:
 * the text stays text, the match flags are data. (A letter containing these private-use characters
 * could at worst mis-flag a segment; it still cannot inject markup.)
 */
public final class Highlights {

    static final String START = "\uE000";
    static final String END = "\uE001";

    private Highlights() {
    }

    /** Fragments for the search results page: the whole item, the best passages of rationale and summary. */
    public static Highlight forSearch() {
        return Highlight.of(h -> h
                .type(HighlighterType.Unified)
                .preTags(START).postTags(END)
                // The query matches the combined "text" field; mark its words in the fields shown.
                .requireFieldMatch(false)
                .fields("item", f -> f.numberOfFragments(0))
                .fields("rationale", f -> f.fragmentSize(200).numberOfFragments(3))
                .fields("clinicalSummary", f -> f.fragmentSize(200).numberOfFragments(2)));
    }

    /**
     * The one rationale sentence that best matches {@code query}; the rationale's opening when nothing
     * matches, so every precedent shows its reasoning.
     */
    public static Highlight rationaleSentence(Query query) {
        return Highlight.of(h -> h
                .type(HighlighterType.Unified)
                .preTags(START).postTags(END)
                .fields("rationale", f -> f.fragmentSize(240).numberOfFragments(1).noMatchSize(240)
                        .highlightQuery(query)));
    }

    /** Elasticsearch's highlight map turned into segments per field, fields in a fixed order. */
    public static Map<String, List<List<HighlightSegment>>> segments(Map<String, List<String>> highlight) {
        Map<String, List<List<HighlightSegment>>> out = new LinkedHashMap<>();
        for (String field : List.of("item", "rationale", "clinicalSummary")) {
            List<String> fragments = highlight.get(field);
            if (fragments != null && !fragments.isEmpty()) {
                out.put(field, fragments.stream().map(Highlights::segments).toList());
            }
        }
        return out;
    }

    static List<HighlightSegment> segments(String fragment) {
        List<HighlightSegment> out = new ArrayList<>();
        int at = 0;
        while (at < fragment.length()) {
            int start = fragment.indexOf(START, at);
            if (start < 0) {
                add(out, fragment.substring(at), false);
                break;
            }
            add(out, fragment.substring(at, start), false);
            int end = fragment.indexOf(END, start + 1);
            if (end < 0) {
                add(out, fragment.substring(start + 1), true);
                break;
            }
            add(out, fragment.substring(start + 1, end), true);
            at = end + 1;
        }
        return out;
    }

    private static void add(List<HighlightSegment> out, String text, boolean match) {
        String clean = text.replace(START, "").replace(END, "");
        if (clean.isEmpty()) {
            return;
        }
        // Adjacent matches ("lumbar" "discogram") read better as one marked run.
        if (!out.isEmpty() && out.get(out.size() - 1).match() == match) {
            HighlightSegment last = out.remove(out.size() - 1);
            out.add(new HighlightSegment(last.text() + clean, match));
        } else {
            out.add(new HighlightSegment(clean, match));
        }
    }
}
