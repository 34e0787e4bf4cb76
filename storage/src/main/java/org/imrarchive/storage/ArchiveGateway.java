package org.imrarchive.storage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.util.ObjectBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.elasticsearch.client.ResponseException;
import org.imrarchive.letter.Letter;
import org.imrarchive.storage.runtime.ClusterAddress;

/**
 * The one place that owns the Elasticsearch client. Everything the archive stores or asks of the
 * index goes through here; callers build queries, the gateway runs them against the right alias.
 */
public final class ArchiveGateway implements AutoCloseable {

    public static final String DEFAULT_PREFIX = "imr";

    /**
     * The decision's sentence vector (mappings, decisions-index.json). Written only by {@link #putEmbeddings}
     * (the {@code imr embed} job), never by an import: re-importing a letter replaces its decisions without it,
     * so the job embeds them again. Reads of decisions leave it out: it is 384 numbers no caller shows.
     */
    public static final String EMBEDDING_FIELD = "embedding";

    /**
     * How long one search may run in Elasticsearch unless configured otherwise: far above any search the
     * archive serves (BENCHMARKS.md), so only a runaway is stopped, before it holds a search thread and heap
     * for longer.
     */
    public static final Duration DEFAULT_SEARCH_TIMEOUT = Duration.ofSeconds(10);

    private final ElasticsearchClient client;
    private final String prefix;
    private final int replicas;
    private final Duration searchTimeout;

    private ArchiveGateway(ElasticsearchClient client, String prefix, int replicas, Duration searchTimeout) {
        if (!prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("index prefix must be lower-case letters, digits, '-' or '_': " + prefix);
        }
        if (searchTimeout.isNegative() || searchTimeout.isZero()) {
            throw new IllegalArgumentException("search timeout must be positive: " + searchTimeout);
        }
        this.client = client;
        this.prefix = prefix;
        this.replicas = replicas;
        this.searchTimeout = searchTimeout;
    }

    public static ArchiveGateway connect(ClusterAddress address, String prefix) {
        return connect(address, prefix, 0);
    }

    /** @param replicas replicas per shard: 0 on one node, 1 on a cluster that should survive losing a node */
    public static ArchiveGateway connect(ClusterAddress address, String prefix, int replicas) {
        return connect(address, prefix, replicas, DEFAULT_SEARCH_TIMEOUT);
    }

    /** @param searchTimeout how long Elasticsearch may run one search before it is stopped ({@link SearchTimedOut}) */
    public static ArchiveGateway connect(ClusterAddress address, String prefix, int replicas, Duration searchTimeout) {
        return new ArchiveGateway(ClientFactory.connect(address), prefix, replicas, searchTimeout);
    }

    public String alias(ArchiveIndex index) {
        return index.alias(prefix);
    }

    /** Creates missing indices (and migrates to a new mapping version) from the mappings module. */
    public void ensureSchema() {
        try {
            new IndexSchema(client, prefix, replicas).ensure();
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the archive's indices: " + e.getMessage(), e);
        }
    }

    /** The index settings and mappings exactly as they are sent, for inspection and tests. */
    public ObjectNode schemaDefinition(ArchiveIndex index) {
        try {
            return new IndexSchema(client, prefix, replicas).definition(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ClusterHealth health() {
        try {
            HealthResponse h = client.cluster().health(r -> r.timeout(t -> t.time("5s")));
            return new ClusterHealth(h.clusterName(), h.status().jsonValue(), h.numberOfNodes(), h.activeShards(),
                    h.unassignedShards());
        } catch (ElasticsearchException e) {
            return e.status() == 429 ? ClusterHealth.busy() : ClusterHealth.unreachable(e.getMessage());
        } catch (IOException e) {
            return failure(e) instanceof ElasticsearchException refused && refused.status() == 429
                    ? ClusterHealth.busy() : ClusterHealth.unreachable(e.getMessage());
        }
    }

    /** Waits for the cluster to reach at least the given state ("yellow" or "green"). */
    public boolean awaitStatus(String status, Duration timeout) {
        try {
            HealthResponse h = client.cluster().health(r -> r
                    .waitForStatus(HealthStatus.valueOf(status.substring(0, 1).toUpperCase() + status.substring(1)))
                    .timeout(t -> t.time(timeout.toSeconds() + "s")));
            return !h.timedOut();
        } catch (IOException | ElasticsearchException e) {
            return false;
        }
    }

    public void putLetter(String letterId, Letter letter) {
        try {
            client.index(i -> i.index(alias(ArchiveIndex.LETTERS)).id(letterId).document(letter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void putDecision(DecisionDocument document) {
        try {
            client.index(i -> i.index(alias(ArchiveIndex.DECISIONS)).id(document.id()).document(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Letter> letter(String letterId) {
        return get(ArchiveIndex.LETTERS, letterId, Letter.class);
    }

    public Optional<DecisionDocument> decision(String decisionId) {
        try {
            GetResponse<DecisionDocument> response = client.get(g -> g.index(alias(ArchiveIndex.DECISIONS)).id(decisionId)
                    .sourceExcludes(EMBEDDING_FIELD), DecisionDocument.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The decision's stored sentence vector; empty when the decision is unknown or not embedded yet. */
    public Optional<float[]> decisionEmbedding(String decisionId) {
        try {
            GetResponse<StoredEmbedding> response = client.get(g -> g.index(alias(ArchiveIndex.DECISIONS)).id(decisionId)
                    .sourceIncludes(EMBEDDING_FIELD), StoredEmbedding.class);
            return response.found() && response.source() != null
                    ? Optional.ofNullable(response.source().embedding()) : Optional.empty();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private record StoredEmbedding(float[] embedding) {
    }

    /**
     * Adds each decision's sentence vector to it, in one bulk request of partial updates (the rest of the
     * document is kept). A decision deleted meanwhile is skipped, not an error.
     *
     * @return how many decisions got their vector
     */
    public int putEmbeddings(Map<String, float[]> vectorsById) {
        if (vectorsById.isEmpty()) {
            return 0;
        }
        String alias = alias(ArchiveIndex.DECISIONS);
        try {
            BulkResponse response = client.bulk(b -> {
                vectorsById.forEach((id, vector) -> b.operations(op -> op.update(u -> u.index(alias).id(id)
                        .action(a -> a.doc(Map.of(EMBEDDING_FIELD, vector))))));
                return b;
            });
            int stored = 0;
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null) {
                    stored++;
                } else if (item.status() != 404) {
                    throw new IllegalStateException("could not store the vector of decision " + item.id() + ": "
                            + item.error().reason());
                }
            }
            return stored;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public <T> Optional<T> get(ArchiveIndex index, String id, Class<T> type) {
        try {
            GetResponse<T> response = client.get(g -> g.index(alias(index)).id(id), type);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Fetches many documents by id in one request, real-time like {@link #get} (sees documents not yet
     * refreshed); only the source fields named come back. Ids not found are absent from the map.
     */
    public <T> Map<String, T> getAll(ArchiveIndex index, Collection<String> ids, List<String> fields, Class<T> type) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try {
            MgetResponse<T> response = client.mget(m -> m.index(alias(index)).ids(List.copyOf(ids)).sourceIncludes(fields), type);
            Map<String, T> found = new HashMap<>();
            for (MultiGetResponseItem<T> item : response.docs()) {
                if (item.isFailure()) {
                    // a shard that did not answer (a node restarting): thrown as a 503, so callers retry as for a get
                    throw new ElasticsearchException("mget", ErrorResponse.of(r -> r.error(item.failure().error()).status(503)));
                }
                if (item.result().found() && item.result().source() != null) {
                    found.put(item.result().id(), item.result().source());
                }
            }
            return found;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Runs a search against an index's alias; the caller builds everything but the index name. Every search
     * has the gateway's timeout and refuses partial results: one that runs out of time, or loses a shard, is
     * thrown ({@link SearchTimedOut}, or Elasticsearch's error), never answered with part of the archive.
     */
    public <T> SearchResponse<T> search(ArchiveIndex index,
                                        Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request,
                                        Class<T> type) {
        try {
            SearchResponse<T> response = client.search(b -> request.apply(b.index(alias(index))
                    .timeout(timeoutValue()).allowPartialSearchResults(false)), type);
            if (response.timedOut()) {
                throw new SearchTimedOut(searchTimeout);
            }
            return response;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Runs several searches against an index's alias in one round trip ({@code _msearch}); Elasticsearch
     * runs them in parallel. The responses come in the order of the requests. A search that failed is
     * thrown with its status, as {@link #search} would throw it.
     */
    public <T> List<ResponseBody<T>> searchAll(ArchiveIndex index,
                                                  List<Function<MultisearchBody.Builder, ObjectBuilder<MultisearchBody>>> requests,
                                                  Class<T> type) {
        if (requests.isEmpty()) {
            return List.of();
        }
        try {
            String alias = alias(index);
            MsearchResponse<T> response = client.msearch(m -> {
                for (var request : requests) {
                    m.searches(s -> s.header(h -> h.index(alias).allowPartialSearchResults(false))
                            .body(b -> request.apply(b.timeout(timeoutValue()))));
                }
                return m;
            }, type);
            List<ResponseBody<T>> answers = new ArrayList<>();
            for (MultiSearchResponseItem<T> item : response.responses()) {
                if (item.isFailure()) {
                    throw new ElasticsearchException("msearch",
                            ErrorResponse.of(r -> r.error(item.failure().error()).status(item.failure().status())));
                }
                if (item.result().timedOut()) {
                    throw new SearchTimedOut(searchTimeout);
                }
                answers.add(item.result());
            }
            return answers;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * What a failed read means. The low-level client throws a status it retries on other nodes (429 from a
     * circuit breaker or a full search queue, 502-504) as an I/O error; it is Elasticsearch refusing, not
     * Elasticsearch unreachable, so it is thrown with its status as any other refusal is.
     */
    private static RuntimeException failure(IOException e) {
        if (e instanceof ResponseException refused) {
            int status = refused.getResponse().getStatusLine().getStatusCode();
            return new ElasticsearchException("request",
                    ErrorResponse.of(r -> r.status(status).error(c -> c.type(status == 429 ? "too_many_requests" : "http_" + status)
                            .reason(refused.getResponse().getStatusLine().getReasonPhrase()))));
        }
        return new UncheckedIOException(e);
    }

    private String timeoutValue() {
        return searchTimeout.toMillis() + "ms";
    }

    public long count(ArchiveIndex index) {
        try {
            return client.count(c -> c.index(alias(index))).count();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(prefix + "-*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was stored in one index visible to searches. */
    public void refresh(ArchiveIndex index) {
        try {
            client.indices().refresh(r -> r.index(alias(index)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turns periodic refresh off for a large import and back on after ({@code null} restores the default):
     * fewer, larger segments and a faster import.
     */
    public void setRefreshInterval(ArchiveIndex index, String interval) {
        try {
            client.indices().putSettings(s -> s.index(alias(index))
                    .settings(is -> is.refreshInterval(t -> interval == null ? t.time("1s") : t.time(interval))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A bulk ingester with bounded memory: at most {@code maxConcurrentRequests} requests in flight,
     * each at most {@code maxOperations} operations, and callers block (back-pressure) beyond that.
     */
    public <C> BulkIngester<C> bulkIngester(BulkListener<C> listener, int maxOperations, int maxConcurrentRequests) {
        return BulkIngester.of(b -> b
                .client(client)
                .maxOperations(maxOperations)
                .maxSize(8L * 1024 * 1024)
                .maxConcurrentRequests(maxConcurrentRequests)
                .flushInterval(1, TimeUnit.SECONDS)
                .listener(listener));
    }

    /** Deletes this prefix's indices and templates: for tests and resets, never called implicitly. */
    public void deleteAll() {
        try {
            for (ArchiveIndex index : ArchiveIndex.values()) {
                // Elasticsearch refuses wildcard deletes (action.destructive_requires_name), so name each index.
                List<String> names = List.copyOf(client.indices()
                        .get(g -> g.index(alias(index) + "-v*").ignoreUnavailable(true).allowNoIndices(true))
                        .result().keySet());
                if (!names.isEmpty()) {
                    client.indices().delete(d -> d.index(names));
                }
                if (client.indices().existsIndexTemplate(e -> e.name(alias(index))).value()) {
                    client.indices().deleteIndexTemplate(d -> d.name(alias(index)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
