package org.imrarchive.api.precedent;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.imrarchive.api.RequestParams;

/**
 * How candidate decisions are found: by their words alone (BM25, the default), or also by meaning, the
 * nearest sentence vectors fused with the word ranking ({@link RankFusion}). Hybrid needs {@code imr embed}
 * to have run; decisions without a vector are still found by their words.
 */
public enum Retrieval {
    BM25, HYBRID;

    public static final String PARAMETER = "retrieval";

    /** The request's {@code retrieval} parameter; absent is BM25. */
    public static Retrieval of(RequestParams params) {
        return params.text(PARAMETER).map(v -> valueOf(RequestParams.oneOf(PARAMETER, v, names())
                .toUpperCase(Locale.ROOT))).orElse(BM25);
    }

    private static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
