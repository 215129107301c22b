package org.easel.server;

import java.lang.ref.WeakReference;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.easel.server.engines.JobControl;
import org.easel.server.planning.Plan;
import org.easel.server.session.EditEngine;
import org.easel.server.session.EditOutcome;
import org.easel.server.session.EditRequest;

/**
 * An engine that starts, then holds each job until the test releases it, checking for cancel all
 * the while, so a test decides exactly when a job is running. It remembers the running request's
 * pixels only weakly, so a test can see that they are freed.
 */
public final class HeldEngine implements EditEngine {
    private final EchoEngine echo = new EchoEngine();
    public final CountDownLatch started = new CountDownLatch(1);
    public final CountDownLatch release = new CountDownLatch(1);
    public volatile WeakReference<byte[]> lastPixels = new WeakReference<>(null);

    @Override
    public EditOutcome run(EditRequest request, Plan plan, JobControl control) {
        lastPixels = new WeakReference<>(request.image().pixels());
        control.progress(0, 1, "holding");
        started.countDown();
        try {
            while (!release.await(5, TimeUnit.MILLISECONDS)) {
                control.checkCancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return echo.run(request, plan, control);
    }

    public boolean awaitStarted() throws InterruptedException {
        return started.await(20, TimeUnit.SECONDS);
    }
}
