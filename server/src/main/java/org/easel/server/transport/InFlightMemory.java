package org.easel.server.transport;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The daemon-wide budget for received bytes not yet answered: every frame's attachments are
 * leased from it before they are allocated, and given back once the request is done (for an
 * edit, when its result has been written). Shared by all connections, so many clients sending big
 * layers at once get a {@code busy} answer instead of running the daemon out of memory.
 */
public final class InFlightMemory {
    private final long capacity;
    private final AtomicLong inUse = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();

    public InFlightMemory(long capacityBytes) {
        if (capacityBytes < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = capacityBytes;
    }

    /**
     * A budget sized for a JVM whose heap may grow to {@code maxHeapBytes}: half of it, so the
     * engines' working memory and the results being written still fit.
     */
    public static InFlightMemory forHeap(long maxHeapBytes) {
        return new InFlightMemory(maxHeapBytes / 2);
    }

    /** A lease of {@code bytes}, or empty when that many are not free now. */
    public Optional<Lease> tryLease(long bytes) {
        if (bytes == 0) {
            return Optional.of(Lease.NONE);
        }
        while (true) {
            long used = inUse.get();
            if (bytes > capacity - used) {
                return Optional.empty();
            }
            if (inUse.compareAndSet(used, used + bytes)) {
                peak.accumulateAndGet(used + bytes, Math::max);
                return Optional.of(new Lease(this, bytes));
            }
        }
    }

    public long capacity() {
        return capacity;
    }

    /** Bytes leased now; zero when no request holds memory. */
    public long inUse() {
        return inUse.get();
    }

    /** The most bytes ever leased at once. */
    public long peak() {
        return peak.get();
    }

    private void giveBack(long bytes) {
        inUse.addAndGet(-bytes);
    }

    /** Bytes held for one request; {@link #release()} may be called any number of times. */
    public static final class Lease {
        static final Lease NONE = new Lease(null, 0);

        private final InFlightMemory budget;
        private final long bytes;
        private final AtomicBoolean released = new AtomicBoolean();

        private Lease(InFlightMemory budget, long bytes) {
            this.budget = budget;
            this.bytes = bytes;
        }

        public long bytes() {
            return bytes;
        }

        public void release() {
            if (budget != null && released.compareAndSet(false, true)) {
                budget.giveBack(bytes);
            }
        }
    }
}
