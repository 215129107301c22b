package org.easel.server.imaging;

import java.util.stream.IntStream;

/**
 * Splits {@code 0..count} into one contiguous range per core and runs them in parallel, so each
 * range can allocate its scratch arrays once instead of once per item.
 */
final class Chunks {

    /** Work on the items {@code from} to {@code to} (exclusive). */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    private Chunks() {
    }

    static void run(int count, Range range) {
        int parts = Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, parts).parallel().forEach(p -> range.run(
                (int) ((long) count * p / parts), (int) ((long) count * (p + 1) / parts)));
    }
}
