package org.easel.server.session;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.easel.server.engines.JobControl;
import org.easel.server.planning.Plan;

/**
 * An engine that reports step 0 of 2, then holds the job until the test releases it, checking for
 * cancel all the while, then reports step 2 of 2 and finishes with no layers: every race between a
 * job and a cancel is decided by the test.
 */
public final class GatedEngine implements EditEngine {
    public final CountDownLatch started = new CountDownLatch(1);
    public final CountDownLatch release = new CountDownLatch(1);
    private final String doneMessage;

    public GatedEngine(String doneMessage) {
        this.doneMessage = doneMessage;
    }

    @Override
    public EditOutcome run(EditRequest request, Plan plan, JobControl control) {
        control.progress(0, 2, "adjusting");
        started.countDown();
        while (release.getCount() > 0) {
            control.checkCancelled(); // also how an interrupt at shutdown ends the job: cancel is set first
            try {
                release.await(5, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        control.progress(2, 2, "adjusting");
        return new EditOutcome(doneMessage, List.of(), request.canvasWidth(), request.canvasHeight());
    }
}
