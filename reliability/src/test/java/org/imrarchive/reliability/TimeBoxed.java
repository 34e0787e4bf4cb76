package org.imrarchive.reliability;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one call on a worker thread with a time limit, so a fuzz input that sends a regex into
 * catastrophic backtracking shows up as a finding instead of a test run that never ends. A worker
 * stuck past its limit is abandoned (daemon thread) and a new one takes over.
 */
final class TimeBoxed implements AutoCloseable {

    sealed interface Outcome<T> {
    }

    record Returned<T>(T value) implements Outcome<T> {
    }

    record Threw<T>(Throwable error) implements Outcome<T> {
    }

    record TimedOut<T>() implements Outcome<T> {
    }

    private ExecutorService worker = newWorker();

    <T> Outcome<T> call(Callable<T> call, Duration limit) {
        Future<T> future = worker.submit(call);
        try {
            return new Returned<>(future.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            return new Threw<>(e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new TimedOut<>();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
