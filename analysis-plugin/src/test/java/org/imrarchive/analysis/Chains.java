package org.imrarchive.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The analyzers of decisions-index.json, built from the plugin's factories as Elasticsearch would. */
final class Chains {

    private Chains() {
    }

    static Analyzer custom(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    /** imr_text: standard, lowercase, imr_english_possessive, imr_ascii_folding, imr_english_stem. */
    static Analyzer index() {
        var possessive = new ImrEnglishPossessiveTokenFilterFactory();
        var folding = new ImrAsciiFoldingTokenFilterFactory(() -> false);
        var stem = new ImrEnglishStemTokenFilterFactory();
        return custom(s -> stem.create(folding.create(possessive.create(s))));
    }

    /** imr_text_search: imr_text with imr_synonym after imr_english_stem. */
    static Analyzer search(List<String> rules) {
        var possessive = new ImrEnglishPossessiveTokenFilterFactory();
        var folding = new ImrAsciiFoldingTokenFilterFactory(() -> false);
        var stem = new ImrEnglishStemTokenFilterFactory();
        var synonym = new ImrSynonymTokenFilterFactory(settings(rules, true, false, true));
        return custom(s -> synonym.create(stem.create(folding.create(possessive.create(s)))));
    }

    static ImrSynonymTokenFilterFactory.Settings settings(List<String> rules, boolean expand, boolean lenient, boolean stemRules) {
        return new ImrSynonymTokenFilterFactory.Settings() {
            @Override
            public List<String> synonyms() {
                return rules;
            }

            @Override
            public boolean expand() {
                return expand;
            }

            @Override
            public boolean lenient() {
                return lenient;
            }

            @Override
            public boolean stemRules() {
                return stemRules;
            }
        };
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        for (Tok t : tokens(analyzer, text)) {
            out.add(t.term());
        }
        return out;
    }

    /** A token with its absolute position and position length, to check synonym graphs. */
    record Tok(String term, int position, int length) {
        @Override
        public String toString() {
            return term + "@" + position + (length == 1 ? "" : "+" + length);
        }
    }

    static List<Tok> tokens(Analyzer analyzer, String text) {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Tok(term.toString(), pos, len.getPositionLength()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
