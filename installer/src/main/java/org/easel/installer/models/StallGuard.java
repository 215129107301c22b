package org.easel.installer.models;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Drops a download that has received nothing for too long: HTTP time-outs only cover the wait for
 * the headers, and a connection can hang half-way through a 2 GB body. Closing the body stream makes
 * the blocked read return, and the download is retried from where it stopped.
 */
final class StallGuard implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "easel-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final ScheduledFuture<?> task;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean stalled;

    StallGuard(Closeable stream, Duration timeout) {
        long limit = timeout.toNanos();
        long period = Math.max(limit / 4, TimeUnit.MILLISECONDS.toNanos(10));
        task = TIMER.scheduleAtFixedRate(() -> {
            if (!stalled && System.nanoTime() - lastProgress > limit) {
                stalled = true;
                try {
                    stream.close();
                } catch (IOException | RuntimeException ignored) {
                    // the reader sees the stream end or fail either way
                }
            }
        }, period, period, TimeUnit.NANOSECONDS);
    }

    void touch() {
        lastProgress = System.nanoTime();
    }

    boolean stalled() {
        return stalled;
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
