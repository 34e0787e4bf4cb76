package org.imrarchive.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code imr_english_stem}: conservative English stemming (KStem with a medical override table, see
 * {@link ImrChains}). Put it after {@code lowercase}: KStem only works on lower-case input.
 */
@NamedComponent("imr_english_stem")
public class ImrEnglishStemTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return ImrChains.stem(tokenStream);
    }
}
