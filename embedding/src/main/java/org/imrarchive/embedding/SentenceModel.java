package org.imrarchive.embedding;

/**
 * The sentence-embedding models the archive can run, each an ONNX file with its tokenizer inside a Maven
 * package (langchain4j's in-process embeddings). Both give 384 dimensions, so the index's vector field
 * fits either; vectors of different models must not be mixed in one index.
 */
public enum SentenceModel {
    /** all-MiniLM-L6-v2 quantised to int8: the one {@code ./imr} ships (the package is 16 MB, the full one 83 MB). */
    MINILM_L6_V2_Q("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json"),
    /** The same model in float32, for comparison in the benchmarks; its package is not in {@code ./imr}. */
    MINILM_L6_V2("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json");

    public static final int DIMENSIONS = 384;

    private final String modelResource;
    private final String tokenizerResource;

    SentenceModel(String modelResource, String tokenizerResource) {
        this.modelResource = modelResource;
        this.tokenizerResource = tokenizerResource;
    }

    String modelResource() {
        return modelResource;
    }

    String tokenizerResource() {
        return tokenizerResource;
    }
}
