package org.imrarchive.api.precedent;

import org.imrarchive.embedding.SentenceEmbedder;
import org.imrarchive.embedding.SentenceModel;

/**
 * The sentence model the server embeds a precedent request with, loaded on the first hybrid request (about
 * a second and 100 MB) so that a server only ever asked for BM25 never loads it. One per server, shared by
 * the request threads: each request's text is embedded on its own thread, on one core.
 */
public final class QueryEmbedding {

    private SentenceEmbedder embedder;

    public synchronized SentenceEmbedder embedder() {
        if (embedder == null) {
            embedder = SentenceEmbedder.load(SentenceModel.MINILM_L6_V2_Q, 1);
        }
        return embedder;
    }

    public float[] embed(String text) {
        return embedder().embed(text);
    }
}
