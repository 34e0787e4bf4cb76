package org.imrarchive.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Samples this JVM's heap once a second: heap in use, and the old generation as the last collection left it
 * ("used after GC": what the program really holds, without the garbage waiting to be collected).
 */
final class HeapSampler implements AutoCloseable {

    /** {@code afterGc}: heap in use right after the latest collection (young or old), all pools together. */
    record Sample(double seconds, long progress, long heapUsed, long oldAfterGc, long afterGc) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final List<String> liveSet = new ArrayList<>();
    private final Thread thread;
    private final long started = System.nanoTime();
    private volatile boolean running = true;

    HeapSampler(LongSupplier progress) {
        this(progress, 0);
    }

    /**
     * @param expected when positive, a full collection is forced as progress passes each fifth of it, and the heap
     *                 left after it (the live set) is recorded: the one figure that says whether the heap grows
     */
    HeapSampler(LongSupplier progress, long expected) {
        MemoryPoolMXBean old = null;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                old = pool;
            }
        }
        MemoryPoolMXBean oldGen = old;
        thread = new Thread(() -> {
            int fifth = 1;
            while (running) {
                if (expected > 0 && fifth < 5 && progress.getAsLong() >= fifth * expected / 5) {
                    System.gc();
                    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    synchronized (samples) {
                        liveSet.add(String.format("%d%%: %.0f MB", fifth * 20, live / 1048576.0));
                    }
                    fifth++;
                }
                MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                MemoryUsage afterGc = oldGen == null ? null : oldGen.getCollectionUsage();
                synchronized (samples) {
                    samples.add(new Sample((System.nanoTime() - started) / 1e9, progress.getAsLong(), heap.getUsed(),
                            afterGc == null ? -1 : afterGc.getUsed(), heapAfterLastGc()));
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Heap in use after the most recent collection of any collector. */
    private static long heapAfterLastGc() {
        long latestEnd = -1;
        long used = -1;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof com.sun.management.GarbageCollectorMXBean sun) {
                com.sun.management.GcInfo info = sun.getLastGcInfo();
                if (info != null && info.getEndTime() > latestEnd) {
                    latestEnd = info.getEndTime();
                    used = info.getMemoryUsageAfterGc().values().stream()
                            .filter(u -> u != null).mapToLong(MemoryUsage::getUsed).sum();
                }
            }
        }
        return used;
    }

    /** Live set after a forced full collection at 20, 40, 60 and 80% of the expected progress. */
    List<String> liveSet() {
        synchronized (samples) {
            return List.copyOf(liveSet);
        }
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    /** CSV: seconds, progress, heap used MB, old generation after GC MB. */
    String csv() {
        StringBuilder b = new StringBuilder("seconds,progress,heap_used_mb,old_after_gc_mb,heap_after_gc_mb\n");
        for (Sample s : samples()) {
            b.append(String.format("%.1f,%d,%.1f,%.1f,%.1f%n", s.seconds(), s.progress(), s.heapUsed() / 1048576.0,
                    s.oldAfterGc() / 1048576.0, s.afterGc() / 1048576.0));
        }
        return b.toString();
    }
}
