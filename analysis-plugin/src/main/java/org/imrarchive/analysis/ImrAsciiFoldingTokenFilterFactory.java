package org.imrarchive.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * {@code imr_ascii_folding}: folds accented and other non-ASCII Latin characters to ASCII ("Sjögren" → "Sjogren").
 * Setting {@code preserve_original} (default false) also keeps the unfolded token at the same position.
 * Also applies when the filter is used in a normalizer.
 */
@NamedComponent("imr_ascii_folding")
public class ImrAsciiFoldingTokenFilterFactory implements TokenFilterFactory {

    /** Settings of {@code imr_ascii_folding}. */
    @AnalysisSettings
    public interface Settings {
        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    private final boolean preserveOriginal;

    @Inject
    public ImrAsciiFoldingTokenFilterFactory(Settings settings) {
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return ImrChains.fold(tokenStream, preserveOriginal);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return ImrChains.fold(tokenStream, false);
    }
}
