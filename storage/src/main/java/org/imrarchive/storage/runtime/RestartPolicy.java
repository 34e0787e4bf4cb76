package org.imrarchive.storage.runtime;

import java.time.Duration;

/**
 * How a dead embedded node is started again: after {@code firstDelay}, doubling with each failed attempt
 * up to {@code maxDelay}, at most {@code maxAttempts} attempts in a row. Bounded so a node that cannot
 * start (disk full, data corrupt) is reported as failed rather than retried forever.
 */
public record RestartPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RestartPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("a restart policy needs at least one attempt and delays first <= max");
        }
    }

    /** Five attempts, waiting 1, 2, 4, 8 and 16 s before them: about half a minute of waiting in all. */
    public static RestartPolicy defaults() {
        return new RestartPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** The pause before attempt {@code attempt} (1-based). */
    public Duration delayBefore(int attempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
