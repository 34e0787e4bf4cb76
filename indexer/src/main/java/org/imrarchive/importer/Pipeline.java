package org.imrarchive.importer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The threads of one import run and what bounds them. The walker (the caller) hands each file it read to a fixed
 * pool of parsers, and waits while twice as many files as there are parsers are held in memory. A parser hands full
 * batches to a single lookup thread, and waits while {@link #LOOKUPS_AHEAD} batches are waiting or being looked up.
 * Stopping lets each pool finish the work it was given, so that what was read is still accounted for; an interrupt
 * meanwhile is remembered ({@link #interruptedLate()}) and honoured after.
 */
final class Pipeline implements AutoCloseable {

    /**
     * Batches waiting for, or in, their lookup; a parser waits beyond that. When the lookups ran on the parser
     * threads, a parser idled for each round trip, which with a busy Elasticsearch was ~15% of an import.
     */
    static final int LOOKUPS_AHEAD = 2;

    private final ExecutorService parsers;
    private final Semaphore inMemory;
    private final ExecutorService lookups = Executors.newSingleThreadExecutor(daemon("imr-import-lookup"));
    private final Semaphore lookupSlots = new Semaphore(LOOKUPS_AHEAD);
    private volatile boolean interruptedLate;

    Pipeline(int parallelism) {
        this.parsers = Executors.newFixedThreadPool(parallelism, daemon("imr-import-parse"));
        this.inMemory = new Semaphore(parallelism * 2);
    }

    /** On the walker's thread: runs {@code work} on a parser once one of the file slots is free. */
    void parse(Runnable work) throws InterruptedException {
        inMemory.acquire();
        try {
            parsers.execute(() -> {
                try {
                    work.run();
                } finally {
                    inMemory.release();
                }
            });
        } catch (RejectedExecutionException e) {
            inMemory.release();
            throw new IllegalStateException("the import was stopped", e);
        }
    }

    /** On a parser thread: runs {@code work} on the lookup thread; waits while {@link #LOOKUPS_AHEAD} batches are there. */
    void lookUp(Runnable work) {
        try {
            lookupSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was stopped", e);
        }
        lookUp(work, lookupSlots::release);
    }

    /** On the walker's thread, once parsing is over: the last batch, without waiting for a slot. */
    void lookUpLast(Runnable work) {
        lookUp(work, () -> { });
    }

    private void lookUp(Runnable work, Runnable done) {
        try {
            lookups.execute(() -> {
                try {
                    work.run();
                } finally {
                    done.run();
                }
            });
        } catch (RejectedExecutionException e) {
            done.run();
            throw new IllegalStateException("the import was stopped", e);
        }
    }

    /** Waits for the parsers to finish what they were given; none is given more. */
    void finishParsing() {
        finish(parsers);
    }

    /** Waits for the lookups to finish what they were given; none is given more. */
    void finishLookups() {
        finish(lookups);
    }

    private void finish(ExecutorService pool) {
        pool.shutdown();
        boolean done = false;
        while (!done) {
            try {
                done = pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interruptedLate = true;
            }
        }
    }

    /** Remembers an interrupt that came while the run was finishing its work, for the caller to honour after. */
    void interruptedLate() {
        interruptedLate = true;
    }

    boolean wasInterruptedLate() {
        return interruptedLate;
    }

    @Override
    public void close() {
        parsers.shutdownNow();
        lookups.shutdownNow();
    }

    /** Threads that do not keep the JVM alive: an import stopped by Ctrl-C must not hang on its pools. */
    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
