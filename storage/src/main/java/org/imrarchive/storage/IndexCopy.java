package org.imrarchive.storage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Copies every document of one index into another, keeping ids, for a mapping migration. Elasticsearch's
 * own {@code _reindex} lives in a module the embedded distribution does not have, so the copy goes
 * through the client: a scroll over the source in index order feeding bulk requests, with the target's
 * refresh off meanwhile. Copying again overwrites what an interrupted copy left, so a migration can
 * always be re-run.
 */
final class IndexCopy {

    private static final int PAGE = 2_000;
    private static final String KEEP_ALIVE = "5m";

    private final ElasticsearchClient client;
    private final String from;
    private final String to;

    IndexCopy(ElasticsearchClient client, String from, String to) {
        this.client = client;
        this.from = from;
        this.to = to;
    }

    /** @return how many documents were copied */
    long run() throws IOException {
        AtomicReference<String> failure = new AtomicReference<>();
        long copied = 0;
        client.indices().putSettings(s -> s.index(to).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        ResponseBody<ObjectNode> page = client.search(s -> s.index(from).size(PAGE)
                .sort(o -> o.doc(d -> d)).scroll(t -> t.time(KEEP_ALIVE)), ObjectNode.class);
        String scrollId = page.scrollId();
        // Two bulk requests in flight: the next page is read while the last one is stored.
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(PAGE)
                .maxConcurrentRequests(2).maxSize(64L << 20).listener(failures(failure)))) {
            while (!page.hits().hits().isEmpty() && failure.get() == null) {
                for (Hit<ObjectNode> hit : page.hits().hits()) {
                    ingester.add(op -> op.index(i -> i.index(to).id(hit.id()).document(hit.source())));
                }
                copied += page.hits().hits().size();
                String id = scrollId;
                page = client.scroll(s -> s.scrollId(id).scroll(t -> t.time(KEEP_ALIVE)), ObjectNode.class);
                scrollId = page.scrollId();
            }
        } finally {
            String id = scrollId;
            client.clearScroll(c -> c.scrollId(id));
            client.indices().putSettings(s -> s.index(to).settings(i -> i.refreshInterval(t -> t.time("1s"))));
        }
        if (failure.get() != null) {
            throw new IllegalStateException("copying " + from + " to " + to + " failed: " + failure.get());
        }
        client.indices().refresh(r -> r.index(to));
        return copied;
    }

    private BulkListener<Void> failures(AtomicReference<String> failure) {
        return new BulkListener<>() {
            @Override
            public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
                response.items().stream().filter(i -> i.error() != null).findFirst()
                        .ifPresent(i -> failure.compareAndSet(null, "document " + i.id() + ": " + reason(i)));
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable error) {
                failure.compareAndSet(null, error.toString());
            }
        };
    }

    private static String reason(BulkResponseItem item) {
        return item.error().reason();
    }
}
