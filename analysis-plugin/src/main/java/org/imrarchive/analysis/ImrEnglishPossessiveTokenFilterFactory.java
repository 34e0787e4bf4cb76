package org.imrarchive.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code imr_english_possessive}: "patient's" → "patient", "physicians’" → "physicians". */
@NamedComponent("imr_english_possessive")
public class ImrEnglishPossessiveTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return ImrChains.possessive(tokenStream);
    }
}
