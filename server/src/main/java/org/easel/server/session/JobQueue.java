package org.easel.server.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.easel.protocol.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs heavy jobs one at a time on a single worker thread, in arrival order, with a bounded
 * number waiting. Diffusion saturates the machine, so running two at once would only make both
 * slower and double the memory.
 */
final class JobQueue {
    private static final Logger log = LoggerFactory.getLogger(JobQueue.class);

    record Entry(Job job, Consumer<Job> work) {
    }

    /** How many waiting jobs one owner (a connection, the gateway) may have: a share of the queue. */
    static final int PER_OWNER_CAPACITY = 4;

    private final int capacity;
    private final LinkedBlockingQueue<Entry> waiting = new LinkedBlockingQueue<>();
    private final List<Job> active = new ArrayList<>(); // queued + running, guarded by this
    private final Thread worker;
    private volatile boolean stopping;

    JobQueue(int capacity) {
        this.capacity = capacity;
        this.worker = new Thread(this::runJobs, "easel-worker");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /**
     * Queues a job; returns how many jobs are ahead of it.
     *
     * @param beforeQueued runs with the position once the job has a place, before the worker can
     *                     start it, so "accepted" always precedes "progress"
     */
    synchronized int submit(Job job, Consumer<Job> work, java.util.function.IntConsumer beforeQueued) throws EditRejected {
        if (stopping) {
            throw new EditRejected(ErrorCode.SHUTTING_DOWN, "The Easel daemon is shutting down; start it again to continue.");
        }
        if (waiting.size() >= capacity) {
            throw new EditRejected(ErrorCode.BUSY, capacity + " edits are already waiting; try again when one has finished.");
        }
        long ownersWaiting = waiting.stream().filter(e -> e.job().owner() == job.owner()).count();
        if (ownersWaiting >= PER_OWNER_CAPACITY) {
            // One client flooding the queue must not lock every other client out of it.
            throw new EditRejected(ErrorCode.BUSY, "This connection already has " + PER_OWNER_CAPACITY
                    + " edits waiting; send the next one when one of them has finished.");
        }
        int ahead = active.size();
        beforeQueued.accept(ahead);
        active.add(job);
        waiting.add(new Entry(job, work));
        return ahead;
    }

    /** Cancels a job; a queued one is reported cancelled at once, a running one stops at its next step. */
    void cancel(Job job, ErrorCode reason) {
        if (job.cancel(reason)) {
            synchronized (this) {
                active.remove(job);
                waiting.removeIf(e -> e.job() == job);
            }
            job.withdrawn(reason);
        }
    }

    synchronized List<Job> jobsOf(Object owner) {
        return active.stream().filter(j -> j.owner() == owner).toList();
    }

    /**
     * Marks a job done and takes it out of the queued-or-running list. Its runner calls this
     * before reporting the end, so a client that sends its next edit on seeing the result never
     * finds this job counted ahead of it or cancellable; the worker calls it again afterwards
     * (harmless) in case the runner failed first.
     */
    synchronized void finish(Job job) {
        job.finish();
        active.remove(job);
    }

    synchronized List<Job> allJobs() {
        return List.copyOf(active);
    }

    /** Stops taking jobs, cancels all, and waits up to {@code timeoutMillis} for the running one to stop. */
    void shutdown(long timeoutMillis) {
        stopping = true;
        allJobs().forEach(job -> cancel(job, ErrorCode.SHUTTING_DOWN));
        worker.interrupt();
        try {
            worker.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String message(ErrorCode reason) {
        return reason == ErrorCode.SHUTTING_DOWN
                ? "The Easel daemon is shutting down; the edit was stopped. Start the daemon again and resend it."
                : "The edit was cancelled.";
    }

    private void runJobs() {
        while (!stopping) {
            Entry entry;
            try {
                entry = waiting.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                continue; // shutdown() interrupts to wake us; the loop condition decides
            }
            if (entry == null || !entry.job().start()) {
                continue;
            }
            try {
                entry.work().accept(entry.job());
            } catch (RuntimeException | Error e) {
                log.error("job {} failed unexpectedly", entry.job().id(), e);
            } finally {
                finish(entry.job());
            }
        }
    }
}
