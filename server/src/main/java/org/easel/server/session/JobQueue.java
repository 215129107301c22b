package org.easel.server.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.easel.protocol.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs heavy jobs one at a time on a single worker thread, with a bounded number waiting.
 * Diffusion saturates the machine, so running two at once would only make both slower and double
 * the memory. Waiting jobs are taken round-robin between users ({@link RoundRobin}), in arrival
 * order within each user's, so one user's batch cannot starve the others.
 */
final class JobQueue {
    private static final Logger log = LoggerFactory.getLogger(JobQueue.class);

    record Entry(Job job, Consumer<Job> work) {
    }

    /** How many waiting jobs one owner (a connection, the gateway) may have: a share of the queue. */
    static final int PER_OWNER_CAPACITY = 4;

    /** A user's jobs, for {@code status}: whether one of theirs runs and how many wait. */
    record UserQueue(String user, boolean running, int waiting) {
    }

    private final int capacity;
    /**
     * How many waiting jobs one user may have over all their connections. By default the whole
     * queue, so a daemon with one user (the owner's Krita, GIMP and scripts) behaves as it always
     * did; a studio sets it lower. Other users are never locked out either way (see submit).
     */
    private volatile int waitingPerUser;
    private final RoundRobin<Entry> waiting = new RoundRobin<>(); // guarded by this
    private final List<Job> active = new ArrayList<>(); // queued + running, guarded by this
    private Job running; // guarded by this
    private final Thread worker;
    private volatile boolean stopping;

    JobQueue(int capacity) {
        this.capacity = capacity;
        this.waitingPerUser = capacity;
        this.worker = new Thread(this::runJobs, "easel-worker");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    void limitWaitingPerUser(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the per-user limit of waiting edits must be at least 1, not " + limit);
        }
        waitingPerUser = limit;
    }

    int waitingPerUser() {
        return waitingPerUser;
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
        int usersWaiting = waiting.waiting(job.user());
        if (usersWaiting >= waitingPerUser) {
            // Checked before the daemon-wide bound: the user who floods hears that it is theirs to wait for.
            throw new EditRejected(ErrorCode.BUSY, "You already have " + usersWaiting + " edits waiting (at most "
                    + waitingPerUser + " per user); send the next one when one of them has finished.");
        }
        // A user with nothing waiting is let in even when the queue is full (the bound is exceeded by
        // at most one job per user, and images are bounded by the in-flight memory anyway): others'
        // edits must not lock anyone out, and round-robin serves that one job within a round.
        if (waiting.size() >= capacity && usersWaiting > 0) {
            throw new EditRejected(ErrorCode.BUSY, capacity + " edits are already waiting; try again when one has finished.");
        }
        long ownersWaiting = waiting.all().stream().filter(e -> e.job().owner() == job.owner()).count();
        if (ownersWaiting >= PER_OWNER_CAPACITY) {
            // One client flooding the queue must not lock every other client out of it.
            throw new EditRejected(ErrorCode.BUSY, "This connection already has " + PER_OWNER_CAPACITY
                    + " edits waiting; send the next one when one of them has finished.");
        }
        int ahead = (running != null ? 1 : 0) + waiting.ahead(job.user(), usersWaiting);
        beforeQueued.accept(ahead);
        active.add(job);
        waiting.add(job.user(), new Entry(job, work));
        notifyAll();
        return ahead;
    }

    /** Cancels a job; a queued one is reported cancelled at once, a running one stops at its next step. */
    void cancel(Job job, ErrorCode reason) {
        if (job.cancel(reason)) {
            synchronized (this) {
                active.remove(job);
                waiting.remove(e -> e.job() == job);
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
        if (running == job) {
            running = null;
        }
    }

    synchronized List<Job> allJobs() {
        return List.copyOf(active);
    }

    /** Each user with a job running or waiting: the running one's user first, then in the order they will be served. */
    synchronized List<UserQueue> byUser() {
        Map<String, Integer> waitingByUser = waiting.waitingByUser();
        List<UserQueue> queues = new ArrayList<>();
        String runningUser = running == null ? null : running.user();
        if (runningUser != null) {
            queues.add(new UserQueue(runningUser, true, waitingByUser.getOrDefault(runningUser, 0)));
        }
        waitingByUser.forEach((user, count) -> {
            if (!user.equals(runningUser)) {
                queues.add(new UserQueue(user, false, count));
            }
        });
        return queues;
    }

    /** Stops taking jobs, cancels all, and waits up to {@code timeoutMillis} for the running one to stop. */
    void shutdown(long timeoutMillis) {
        stopping = true;
        synchronized (this) {
            notifyAll();
        }
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
                entry = take();
            } catch (InterruptedException e) {
                continue; // shutdown() interrupts to wake us; the loop condition decides
            }
            if (entry == null) {
                continue;
            }
            if (!entry.job().start()) {
                finish(entry.job()); // cancelled as it was taken: it no longer runs
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

    /** The next job in turn, marked running; null when none came within a second. */
    private synchronized Entry take() throws InterruptedException {
        if (waiting.size() == 0 && !stopping) {
            wait(1000);
        }
        Entry entry = waiting.next().orElse(null);
        running = entry == null ? null : entry.job();
        return entry;
    }
}
