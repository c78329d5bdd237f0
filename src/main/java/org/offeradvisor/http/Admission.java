package org.offeradvisor.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded queue in front of the rules: at most {@code workers} cases are computed at once (more than the cores only
 * adds latency to each), at most {@code queue} more wait for one, and none waits longer than {@code maxWait}. A request
 * beyond that is refused at once with 503 and {@code Retry-After}, so that under overload the accepted requests keep a
 * bounded latency and the rest learn it in a millisecond, instead of every request waiting longer and longer.
 */
final class Admission {
    /** The seconds a refused client is asked to wait, in {@code Retry-After}. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final Semaphore workers;
    private final int workerCount;
    private final int queue;
    private final long maxWaitNanos;
    private final AtomicInteger waiting = new AtomicInteger();

    Admission(int workers, int queue, Duration maxWait) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative, not " + queue);
        }
        this.workers = new Semaphore(workers, true);
        this.workerCount = workers;
        this.queue = queue;
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** Takes a worker, waiting in the queue if there is room; returns false when the request must be refused. */
    boolean enter() throws InterruptedException {
        if (workers.tryAcquire(0, TimeUnit.NANOSECONDS)) { // the timed form keeps the queue's order; tryAcquire() barges
            return true;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return workers.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    /**
     * Whether a request arriving now would be refused: every worker busy and the queue full. Asked before a request's
     * body is read, so that under overload a refusal costs no more than its headers; a request that passes may still
     * be refused by {@link #enter()}.
     */
    boolean full() {
        return workers.availablePermits() == 0 && waiting.get() >= queue;
    }

    /** Gives back the worker {@link #enter()} took. */
    void exit() {
        workers.release();
    }

    int inFlight() {
        return workerCount - workers.availablePermits();
    }

    int queued() {
        return waiting.get();
    }
}
