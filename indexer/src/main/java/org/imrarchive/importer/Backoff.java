package org.imrarchive.importer;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Exponential back-off while Elasticsearch is down or restarting: 0.5 s, 1 s, 2 s ... at most 15 s
 * apart, for at most the retry window; each wait is told to {@code notice} in words.
 */
final class Backoff {

    private static final Duration FIRST = Duration.ofMillis(500);
    private static final Duration LONGEST = Duration.ofSeconds(15);

    private final Duration window;
    private final Consumer<String> notice;

    Backoff(Duration window, Consumer<String> notice) {
        this.window = window;
        this.notice = notice;
    }

    Duration window() {
        return window;
    }

    /** The wait before retry number {@code attempt} (1-based). */
    static Duration delay(int attempt) {
        long ms = FIRST.toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(Math.min(ms, LONGEST.toMillis()));
    }

    <T> T call(String what, Supplier<T> action) {
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                T result = action.get();
                if (attempt > 1) {
                    notice.accept(null);
                }
                return result;
            } catch (RuntimeException e) {
                if (!worthRetrying(e)) {
                    throw e;
                }
                Duration wait = delay(attempt);
                if (Duration.ofNanos(System.nanoTime() - start).plus(wait).compareTo(window) > 0) {
                    throw new ArchiveUnavailableException("Elasticsearch did not answer for " + window.toSeconds()
                            + " s while trying to " + what + " (" + cause(e) + ")", e);
                }
                notice.accept("Elasticsearch is not answering (" + cause(e) + "); retrying in "
                        + wait.toMillis() / 1000.0 + " s (attempt " + attempt + ")");
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new ArchiveUnavailableException("interrupted while waiting for Elasticsearch", ie);
                }
            }
        }
    }

    void run(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }

    /** Worth retrying: no answer at all, or the cluster saying it is busy or not ready. */
    static boolean worthRetrying(Throwable e) {
        if (e instanceof UncheckedIOException || e instanceof IOException || e instanceof TransportException) {
            return true;
        }
        if (e instanceof ElasticsearchException ee) {
            int status = ee.status();
            return status == 429 || status >= 500;
        }
        return e.getCause() != null && e.getCause() != e && worthRetrying(e.getCause());
    }

    static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
