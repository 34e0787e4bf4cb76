package org.imrarchive.embedding;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;

/**
 * The background job behind {@code imr embed}: gives every decision that has no sentence vector yet its
 * vector, a batch at a time. Only decisions without one are read, so a run stopped halfway goes on where it
 * stopped, and a second run over an embedded archive embeds nothing. It runs beside the import, never in
 * its path: embedding costs far more CPU per decision than parsing and indexing (BENCHMARKS.md).
 */
public final class EmbedRun {

    public static final int DEFAULT_BATCH = 64;

    private final ArchiveGateway gateway;
    private final SentenceEmbedder embedder;
    private final int batchSize;

    public EmbedRun(ArchiveGateway gateway, SentenceEmbedder embedder, int batchSize) {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batch size must be between 1 and 1000, not " + batchSize);
        }
        this.gateway = gateway;
        this.embedder = embedder;
        this.batchSize = batchSize;
    }

    /** How far a run is: decisions embedded so far, of those that had no vector when it started. */
    public record Progress(long embedded, long toEmbed) {
    }

    /** @return the last progress: how many decisions got a vector, of how many lacked one */
    public Progress run(Consumer<Progress> progress) {
        gateway.refresh(ArchiveIndex.DECISIONS);
        long toEmbed = countWithout();
        long embedded = 0;
        String after = null;
        progress.accept(new Progress(0, toEmbed));
        while (true) {
            List<DecisionDocument> batch = nextWithout(after);
            if (batch.isEmpty()) {
                break;
            }
            List<String> texts = batch.stream().map(EmbedRun::text).toList();
            List<float[]> vectors = embedder.embedAll(texts);
            Map<String, float[]> byId = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                byId.put(batch.get(i).id(), vectors.get(i));
            }
            embedded += gateway.putEmbeddings(byId);
            after = batch.get(batch.size() - 1).id();
            // Decisions imported while the job runs can push the count past the first one.
            progress.accept(new Progress(embedded, Math.max(toEmbed, embedded)));
        }
        gateway.refresh(ArchiveIndex.DECISIONS);
        return new Progress(embedded, Math.max(toEmbed, embedded));
    }

    /** What is embedded of a stored decision: its item, first guideline as the letter words it, and summary. */
    public static String text(DecisionDocument d) {
        return DecisionText.of(d.item(), firstGuideline(d), d.clinicalSummary());
    }

    /** The first guideline the decision cites, as the letter words it (what a precedent request is asked with). */
    public static String firstGuideline(DecisionDocument d) {
        if (d.guidelines() == null) {
            return null;
        }
        return d.guidelines().stream()
                .map(g -> g.raw() != null ? g.raw() : g.label() != null ? g.label()
                        : g.source() == null ? null : g.source().name())
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private long countWithout() {
        return gateway.search(ArchiveIndex.DECISIONS, b -> b.size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(bb -> bb.mustNot(m -> m.exists(e -> e.field(ArchiveGateway.EMBEDDING_FIELD))))),
                Void.class).hits().total().value();
    }

    /** The next decisions by id after {@code after} that have no vector; ids are unique, so none is read twice. */
    private List<DecisionDocument> nextWithout(String after) {
        List<Hit<DecisionDocument>> hits = gateway.search(ArchiveIndex.DECISIONS, b -> {
            b.size(batchSize)
                    .query(q -> q.bool(bb -> bb.mustNot(m -> m.exists(e -> e.field(ArchiveGateway.EMBEDDING_FIELD)))))
                    .source(s -> s.filter(f -> f.includes("id", "item", "clinicalSummary", "guidelines")))
                    .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
            if (after != null) {
                b.searchAfter(FieldValue.of(after));
            }
            return b;
        }, DecisionDocument.class).hits().hits();
        List<DecisionDocument> out = new ArrayList<>(hits.size());
        hits.forEach(h -> out.add(h.source()));
        return out;
    }
}
