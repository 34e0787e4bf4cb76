package org.imrarchive.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * The token-level building blocks shared by the plugin's filters, so that the synonym rules are analysed with
 * exactly the same code as the text they are matched against.
 *
 * <p>The stemmer is Lucene's KStem (Krovetz): dictionary-backed, it only maps a word onto another real word
 * ("injections" → "injection", "injected" → "inject", "studies" → "study") and leaves unknown words, which is most
 * of the drug and procedure vocabulary, alone. Porter would conflate "medical"/"medication"/"medic" and cut
 * "physical" to "physic", which costs precision on exactly the words IMR letters are made of. KStem still has a few
 * misses on this vocabulary, patched here with a fixed override table applied before it.</p>
 */
public final class ImrChains {

    /**
     * Words KStem gets wrong for this corpus (input is already lower-cased and folded). Each maps to the form that
     * is indexed; the override marks the token as a keyword so KStem leaves it alone afterwards.
     * Changing this table changes indexed terms: it needs a reindex.
     */
    static final Map<String, String> STEM_OVERRIDES = Map.ofEntries(
            // KStem turns "ablation" into "able", which would make "radiofrequency ablation" match "able".
            Map.entry("ablation", "ablation"),
            Map.entry("ablations", "ablation"),
            // TENS (the stimulator) would become "ten".
            Map.entry("tens", "tens"),
            // KStem's dictionary leaves these plurals unstemmed, so singular and plural would not meet.
            Map.entry("sessions", "session"),
            Map.entry("guidelines", "guideline"),
            Map.entry("modalities", "modality"),
            Map.entry("modality", "modality"));

    /** Abbreviations that must never be stemmed (their plural-looking "s" is part of the acronym). */
    static final Set<String> PROTECTED = Set.of("ms", "uds", "cts", "nmes", "ems", "hms");

    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDE_MAP = buildOverrides();
    private static final CharArraySet PROTECTED_SET = CharArraySet.unmodifiableSet(new CharArraySet(PROTECTED, false));

    private ImrChains() {
    }

    private static StemmerOverrideFilter.StemmerOverrideMap buildOverrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        STEM_OVERRIDES.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** imr_english_possessive: drops a trailing "'s" (also the typographic apostrophe). */
    public static TokenStream possessive(TokenStream in) {
        return new EnglishPossessiveFilter(in);
    }

    /** imr_ascii_folding: "Sjögren" → "sjogren", "naïve" → "naive". */
    public static TokenStream fold(TokenStream in, boolean preserveOriginal) {
        return new ASCIIFoldingFilter(in, preserveOriginal);
    }

    /** imr_english_stem: protected acronyms, then the override table, then KStem. Expects lower-cased input. */
    public static TokenStream stem(TokenStream in) {
        TokenStream s = new SetKeywordMarkerFilter(in, PROTECTED_SET);
        s = new StemmerOverrideFilter(s, OVERRIDE_MAP);
        return new KStemFilter(s);
    }

    /**
     * The chain that sits in front of {@code imr_synonym} in the {@code imr_text_search} analyzer:
     * standard tokenizer, lowercase, possessive, ASCII folding and (when {@code stemmed}) the stemmer.
     * Synonym rules are parsed with it so that a rule's tokens are the very tokens the filter sees.
     */
    public static Analyzer ruleAnalyzer(boolean stemmed) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(tokenizer);
                s = possessive(s);
                s = fold(s, false);
                if (stemmed) {
                    s = stem(s);
                }
                return new TokenStreamComponents(tokenizer, s);
            }
        };
    }
}
