package org.imrarchive.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns texts into unit-length sentence vectors in this JVM. Each ONNX inference runs on one thread and
 * {@code threads} texts are embedded at once, so the CPU it takes is bounded by {@code threads} whatever
 * the machine (ONNX Runtime would otherwise spread every inference over all cores, beside Elasticsearch).
 * The model's tokenizer keeps the first {@value DecisionText#MODEL_TOKENS} tokens of a text, so one text is
 * one inference of bounded cost (about 18 ms of CPU for the quantised model, BENCHMARKS.md).
 */
public final class SentenceEmbedder implements AutoCloseable {

    private final SentenceModel model;
    private final ExecutorService pool;
    private final OrtSession session;
    private final Model embeddings;

    private SentenceEmbedder(SentenceModel model, ExecutorService pool, OrtSession session, Model embeddings) {
        this.model = model;
        this.pool = pool;
        this.session = session;
        this.embeddings = embeddings;
    }

    /** Loads the model from its package on the class path (about a second for the quantised one). */
    public static SentenceEmbedder load(SentenceModel model, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        try (InputStream onnx = resource(model.modelResource()); InputStream tokenizer = resource(model.tokenizerResource())) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
            return new SentenceEmbedder(model, pool, session, new Model(pool, encoder));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the embedding model " + model + ": " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("could not load the embedding model " + model + ": " + e.getMessage(), e);
        }
    }

    public SentenceModel model() {
        return model;
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /** One unit vector of {@link SentenceModel#DIMENSIONS} per text, in the texts' order. */
    public List<float[]> embedAll(List<String> texts) {
        return embedCounted(texts).vectors();
    }

    /** As {@link #embedAll}, with the number of model tokens the texts came to (for the benchmarks). */
    public Embedded embedCounted(List<String> texts) {
        if (texts.isEmpty()) {
            return new Embedded(List.of(), 0);
        }
        // The encoder refuses empty text; a lone full stop embeds as "nothing said".
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t == null || t.isBlank() ? "." : t)).toList();
        Response<List<Embedding>> response = embeddings.embedAll(segments);
        Integer tokens = response.tokenUsage() == null ? null : response.tokenUsage().inputTokenCount();
        return new Embedded(response.content().stream().map(Embedding::vector).toList(), tokens == null ? 0 : tokens);
    }

    /** @param tokens the model tokens of all the texts */
    public record Embedded(List<float[]> vectors, long tokens) {
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the embedding model " + name + " is not on the class path (its langchain4j package)");
        }
        return in;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "imr-embed-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** langchain4j's in-process model over our own session: it spreads a list of texts over the pool. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(ExecutorService pool, OnnxBertBiEncoder encoder) {
            super(pool);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return SentenceModel.DIMENSIONS;
        }
    }
}
