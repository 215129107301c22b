package org.easel.server.transport;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.easel.server.engines.JobControl;
import org.easel.server.planning.Plan;
import org.easel.server.session.EditEngine;
import org.easel.server.session.EditOutcome;
import org.easel.server.session.EditRequest;
import org.easel.server.session.ResultLayer;

/**
 * A deterministic slow engine: every job takes the same fixed time (slept in small steps that
 * check for cancel), so queueing order alone decides how long anyone waits. A job of a
 * conversation whose id ends in "held" runs until the test opens {@link #gate}.
 */
final class PacedEngine implements EditEngine {
    final CountDownLatch gate = new CountDownLatch(1);
    final CountDownLatch heldStarted = new CountDownLatch(1);
    /** The conversation (as the memory keys it) of each job, in the order they ran. */
    final List<String> ran = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final long jobMillis;

    PacedEngine(long jobMillis) {
        this.jobMillis = jobMillis;
    }

    @Override
    public EditOutcome run(EditRequest request, Plan plan, JobControl control) {
        ran.add(request.conversationId());
        control.progress(0, 1, "pacing");
        try {
            if (request.conversationId().endsWith("held")) {
                heldStarted.countDown();
                while (!gate.await(5, TimeUnit.MILLISECONDS)) {
                    control.checkCancelled();
                }
            } else {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(jobMillis);
                for (long left; (left = end - System.nanoTime()) > 0; ) {
                    control.checkCancelled();
                    Thread.sleep(Math.max(1, Math.min(5, TimeUnit.NANOSECONDS.toMillis(left))));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        control.checkCancelled();
        return new EditOutcome("Paced.", List.of(new ResultLayer("Easel: paced", request.image())),
                request.canvasWidth(), request.canvasHeight());
    }
}
