package org.easel.server.engines.diffusion.pipeline;

/** Decides which steps carry a preview: the first, then one whenever the interval has passed. */
final class PreviewPacer {
    private final long intervalNanos;
    private long last;
    private boolean started;

    PreviewPacer(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    boolean due(boolean first) {
        long now = System.nanoTime();
        if (first || !started || now - last >= intervalNanos) {
            started = true;
            last = now;
            return true;
        }
        return false;
    }
}
