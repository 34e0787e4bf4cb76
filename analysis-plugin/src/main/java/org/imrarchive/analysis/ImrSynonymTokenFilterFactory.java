package org.imrarchive.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code imr_synonym}: a {@link SynonymGraphFilter} over Solr-format rules given inline in the {@code synonyms}
 * list setting (one rule per element: {@code "esi, epidural steroid injection"} or {@code "a, b => c"}).
 *
 * <p>Search-time only ({@link AnalysisMode#SEARCH_TIME}): Elasticsearch refuses it in an index analyzer, because a
 * multi-word synonym graph cannot be indexed faithfully, whereas at query time the match query turns the graph into
 * proper phrase alternatives.</p>
 *
 * <p>The stable plugin API does not hand a filter the chain it sits in, so the rules are analysed with a fixed
 * chain that mirrors the one in front of this filter in {@code imr_text_search}: standard tokenizer, lowercase,
 * possessive, ASCII folding and, with {@code stem_rules} (default true), {@code imr_english_stem}. Put the filter
 * <em>after</em> {@code imr_english_stem} with the default, or before it with {@code stem_rules: false}.</p>
 *
 * <p>Settings: {@code synonyms} (list of rules), {@code expand} (default true: "a, b" maps each to both),
 * {@code lenient} (default false: a rule that does not parse fails index creation; true: it is skipped),
 * {@code stem_rules} (default true).</p>
 */
@NamedComponent("imr_synonym")
public class ImrSynonymTokenFilterFactory implements TokenFilterFactory {

    /** Settings of {@code imr_synonym}. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();

        @BooleanSetting(path = "expand", defaultValue = true)
        boolean expand();

        @BooleanSetting(path = "lenient", defaultValue = false)
        boolean lenient();

        @BooleanSetting(path = "stem_rules", defaultValue = true)
        boolean stemRules();
    }

    /** Null when there are no rules: the filter then passes tokens through. */
    private final SynonymMap synonymMap;

    @Inject
    public ImrSynonymTokenFilterFactory(Settings settings) {
        this.synonymMap = buildMap(settings.synonyms(), settings.expand(), settings.lenient(), settings.stemRules());
    }

    static SynonymMap buildMap(List<String> rules, boolean expand, boolean lenient, boolean stemRules) {
        if (rules == null || rules.isEmpty()) {
            return null;
        }
        try (Analyzer analyzer = ImrChains.ruleAnalyzer(stemRules)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, expand, analyzer);
            int n = 0;
            for (String rule : rules) {
                n++;
                if (rule == null || rule.isBlank() || rule.strip().startsWith("#")) {
                    continue;
                }
                try {
                    // One rule at a time, so that a bad rule is reported (or skipped) on its own.
                    parser.parse(new StringReader(dropAnalyzedDuplicates(rule, analyzer)));
                } catch (ParseException | IllegalArgumentException e) {
                    if (!lenient) {
                        throw new IllegalArgumentException(
                                "imr_synonym: cannot parse synonym rule #" + n + " [" + rule + "]: " + rootMessage(e), e);
                    }
                }
            }
            SynonymMap map = parser.build();
            return map.fst == null ? null : map;
        } catch (IOException e) {
            throw new IllegalArgumentException("imr_synonym: cannot build the synonym map: " + e.getMessage(), e);
        }
    }

    /**
     * In an equivalence line, entries that analyse to the same tokens ("epidural steroid injection" and
     * "epidural steroid injections" once stemmed, "emg/ncv" and "emg ncv") would each add a copy of the same path to
     * the synonym graph, and so duplicate clauses to the query. Keep the first of them. Explicit "=>" rules and
     * entries with escaped characters are left to the parser as written.
     */
    static String dropAnalyzedDuplicates(String rule, Analyzer analyzer) throws IOException {
        if (rule.contains("=>") || rule.contains("\\")) {
            return rule;
        }
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String entry : rule.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            try (TokenStream ts = analyzer.tokenStream("rule", trimmed)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    key.append(term).append(' ');
                }
                ts.end();
            }
            if (key.length() == 0 || seen.add(key.toString())) {
                kept.add(trimmed); // an entry with no tokens is passed on so that the parser reports it
            }
        }
        return String.join(", ", kept);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return synonymMap == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonymMap, false);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
