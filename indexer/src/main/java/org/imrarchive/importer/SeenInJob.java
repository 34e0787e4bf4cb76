package org.imrarchive.importer;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contents and letters one import job has met, each with the file that first had it, so that a second copy
 * is a duplicate even while the first is still on its way to Elasticsearch.
 *
 * <p>Bounded, so the importer's heap does not grow with the archive it imports: once a file's ledger line is
 * stored ("settled") and the ledger was refreshed after that, Elasticsearch answers for the file (a ledger search
 * by content hash, a real-time get of its letter), and it is forgotten here. Forgetting happens in rounds of
 * {@code forgetAfter} settled files, one ledger refresh each. Holding every file instead cost ~0.4 KB per file of
 * the job.
 */
final class SeenInJob {

    /** A settled file's keys, with the value it holds them under (removed only if that value is still there). */
    private record Settled(String sha256, String letterId, String holder) {
    }

    private final Map<String, String> contents = new ConcurrentHashMap<>();
    private final Map<String, String> letters = new ConcurrentHashMap<>();
    private final Queue<Settled> settled = new ConcurrentLinkedQueue<>();
    private final AtomicInteger settledCount = new AtomicInteger();
    private final int forgetAfter;

    SeenInJob(int forgetAfter) {
        this.forgetAfter = Math.max(1, forgetAfter);
    }

    /** Records that {@code holder} has this content; returns the earlier holder, or null when it is new. */
    String content(String sha256, String holder) {
        return contents.putIfAbsent(sha256, holder);
    }

    /** Records that {@code holder} has this letter; returns the earlier holder, or null when it is new. */
    String letter(String letterId, String holder) {
        return letters.putIfAbsent(letterId, holder);
    }

    /**
     * The holder's ledger line is stored: its keys may be forgotten once the ledger has been refreshed. A file that
     * holds nothing here (a duplicate, a file refused before parsing) is not queued, so a long run of those does not
     * fill the queue between two rounds.
     */
    void settled(String sha256, String letterId, String holder) {
        boolean holds = (sha256 != null && holder.equals(contents.get(sha256)))
                || (letterId != null && holder.equals(letters.get(letterId)));
        if (holds) {
            settled.add(new Settled(sha256, letterId, holder));
            settledCount.incrementAndGet();
        }
    }

    /**
     * When a round of files has settled: refreshes the ledger, then forgets the files that settled before the
     * refresh began (they are searchable now). A refresh that fails forgets nothing. One caller at a time.
     */
    void forgetSettled(Runnable refreshLedger) {
        int ready = settledCount.get();
        if (ready < forgetAfter) {
            return;
        }
        refreshLedger.run();
        for (int i = 0; i < ready; i++) {
            Settled s = settled.poll(); // first in, first out: these settled before the refresh began
            if (s.sha256() != null) {
                contents.remove(s.sha256(), s.holder());
            }
            if (s.letterId() != null) {
                letters.remove(s.letterId(), s.holder());
            }
        }
        settledCount.addAndGet(-ready);
    }

    /** Contents and letters held now. */
    int size() {
        return contents.size() + letters.size();
    }
}
