package org.easel.server.engines.hosted;

import java.time.Duration;

/**
 * How long a hosted call may take and how often it is tried: a 429 waits for the provider's
 * {@code retry-after} (up to {@code maxWait}), a 5xx waits {@code firstBackoff}, doubling; every
 * call is tried at most {@code attempts} times, so a failing provider costs a bounded time.
 *
 * @param timeout how long one answer may take (image models take tens of seconds)
 */
public record RetryPolicy(int attempts, Duration firstBackoff, Duration maxWait, Duration timeout) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(120),
            Duration.ofSeconds(300));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt, got " + attempts);
        }
    }

    /** The wait before attempt {@code attempt + 1} after a server error (attempt counts from 1). */
    Duration backoff(int attempt) {
        return firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 10));
    }
}
