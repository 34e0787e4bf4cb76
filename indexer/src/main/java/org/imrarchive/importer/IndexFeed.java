package org.imrarchive.importer;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;

/**
 * Feeds documents to Elasticsearch through the client's {@link BulkIngester} with bounded memory: a
 * caller blocks while the allowed bulk requests are in flight. A file's documents travel as one batch,
 * and the batch's outcome is told only once every one of its documents is stored; operations that fail
 * because Elasticsearch is down, busy or restarting are sent again with exponential back-off, for at most
 * the retry window, after which the feed fails (and the import stops, resumable) rather than lose a letter.
 */
final class IndexFeed implements AutoCloseable {

    /** Told, on the feed's callback thread, what became of a batch. */
    interface Outcome {
        void stored();

        void refused(String reason);
    }

    private final ArchiveGateway gateway;
    private final BulkIngester<Op> ingester;
    private final Duration window;
    private final Consumer<String> notice;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(Pipeline.daemon("imr-import-retry"));
    private final ExecutorService callbacks = Executors.newSingleThreadExecutor(Pipeline.daemon("imr-import-outcomes"));
    private final AtomicInteger pending = new AtomicInteger();
    private final Object drained = new Object();
    private volatile String failure;
    private volatile boolean retrying;

    IndexFeed(ArchiveGateway gateway, Duration window, Consumer<String> notice, int maxOperations, int maxConcurrentRequests) {
        this.gateway = gateway;
        this.window = window;
        this.notice = notice;
        this.ingester = gateway.bulkIngester(new Listener(), maxOperations, maxConcurrentRequests);
    }

    /** The operation that stores {@code document} under {@code id} in {@code index}, for {@link #submit}. */
    BulkOperation operation(ArchiveIndex index, String id, Object document) {
        String alias = gateway.alias(index);
        return BulkOperation.of(b -> b.index(i -> i.index(alias).id(id).document(document)));
    }

    /** Sends one file's documents; blocks while the bulk requests allowed are in flight (back-pressure). */
    void submit(List<BulkOperation> operations, Outcome outcome) {
        failIfFailed();
        Batch batch = new Batch(operations.size(), outcome);
        pending.incrementAndGet();
        for (BulkOperation op : operations) {
            ingester.add(op, new Op(batch, op));
        }
    }

    /** Waits until every batch submitted has its outcome told; throws if Elasticsearch stayed away. */
    void awaitDrained() throws InterruptedException {
        ingester.flush();
        synchronized (drained) {
            while (pending.get() > 0) {
                failIfFailed();
                drained.wait(200);
                if (pending.get() > 0) {
                    ingester.flush();
                }
            }
        }
        failIfFailed();
    }

    String failure() {
        return failure;
    }

    private void failIfFailed() {
        if (failure != null) {
            throw new ArchiveUnavailableException(failure, null);
        }
    }

    private void batchOver(Batch batch) {
        if (!batch.over.compareAndSet(false, true)) {
            return;
        }
        if (failure != null) {
            release();
            return;
        }
        callbacks.execute(() -> {
            try {
                if (batch.refusal == null) {
                    batch.outcome.stored();
                } else {
                    batch.outcome.refused(batch.refusal);
                }
            } catch (RuntimeException e) {
                fail("could not record an outcome: " + Backoff.cause(e));
            } finally {
                release();
            }
        });
    }

    private void release() {
        pending.decrementAndGet();
        synchronized (drained) {
            drained.notifyAll();
        }
    }

    private void retry(Op op, String why) {
        if (failure != null) {
            abandon(op);
            return;
        }
        op.attempt++;
        if (op.firstFailure == 0) {
            op.firstFailure = System.nanoTime();
        }
        Duration wait = Backoff.delay(op.attempt);
        if (Duration.ofNanos(System.nanoTime() - op.firstFailure).plus(wait).compareTo(window) > 0) {
            fail("Elasticsearch did not accept documents for " + window.toSeconds() + " s (" + why + ")");
            abandon(op);
            return;
        }
        retrying = true;
        notice.accept("Elasticsearch is not answering (" + why + "); retrying in " + wait.toMillis() / 1000.0
                + " s (attempt " + op.attempt + ")");
        try {
            retries.schedule(() -> {
            if (failure != null) {
                abandon(op);
                return;
            }
            try {
                ingester.add(op.operation, op);
            } catch (RuntimeException e) {
                fail("could not send documents again: " + Backoff.cause(e));
                abandon(op);
            }
            }, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            abandon(op); // the feed is closing: the import has stopped
        }
    }

    /** A batch that can no longer be stored: not counted, not in the ledger, so a re-run imports it. */
    private void abandon(Op op) {
        if (op.batch.over.compareAndSet(false, true)) {
            release();
        }
    }

    private void fail(String message) {
        if (failure == null) {
            failure = message;
        }
        synchronized (drained) {
            drained.notifyAll();
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
        try {
            ingester.close();
        } catch (RuntimeException e) {
            // the documents still held are in no ledger: a re-run imports them
        }
        callbacks.shutdown();
        try {
            callbacks.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements BulkListener<Op> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Op> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, BulkResponse response) {
            if (retrying) {
                retrying = false;
                notice.accept(null);
            }
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < contexts.size(); i++) {
                Op op = contexts.get(i);
                BulkResponseItem item = i < items.size() ? items.get(i) : null;
                if (item == null) {
                    retry(op, "no answer for an operation");
                } else if (item.error() == null) {
                    op.done();
                } else if (item.status() == 429 || item.status() >= 500) {
                    retry(op, item.error().type() + ": " + item.error().reason());
                } else {
                    op.refuse("Elasticsearch refused the document: " + item.error().type() + ": " + item.error().reason());
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, Throwable failure) {
            String why = Backoff.cause(failure);
            for (Op op : contexts) {
                retry(op, why);
            }
        }
    }

    private final class Batch {
        final AtomicInteger remaining;
        final Outcome outcome;
        final AtomicBoolean over = new AtomicBoolean();
        volatile String refusal;

        Batch(int operations, Outcome outcome) {
            this.remaining = new AtomicInteger(operations);
            this.outcome = outcome;
        }

        void opOver() {
            if (remaining.decrementAndGet() == 0) {
                batchOver(this);
            }
        }
    }

    private final class Op {
        final Batch batch;
        final BulkOperation operation;
        int attempt;
        long firstFailure;

        Op(Batch batch, BulkOperation operation) {
            this.batch = batch;
            this.operation = operation;
        }

        void done() {
            batch.opOver();
        }

        void refuse(String reason) {
            if (batch.refusal == null) {
                batch.refusal = reason;
            }
            batch.opOver();
        }
    }
}
