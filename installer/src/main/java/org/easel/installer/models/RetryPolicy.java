package org.easel.installer.models;

import java.time.Duration;

/**
 * How often a failed request is tried again (server errors, time-outs, cut connections) and how
 * long to wait between tries: firstDelay, then doubling, at most 30 s.
 */
public record RetryPolicy(int attempts, Duration firstDelay, Sleeper sleeper) {
    private static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** Five tries, 2 s, 4 s, 8 s, 16 s apart. */
    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofSeconds(2), Sleeper.REAL);
    }

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The wait after the given failed attempt (1 = the first). */
    Duration delayAfter(int attempt) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempt - 1, 10));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    void pause(int attempt) throws InterruptedException {
        Duration delay = delayAfter(attempt);
        if (!delay.isZero()) {
            sleeper.sleep(delay);
        }
    }

    /** Waits between attempts; tests pass one that does not. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }
}
