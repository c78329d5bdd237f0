package org.offeradvisor.cli;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in a test for what a watch running in another thread prints. */
final class Await {
    private Await() {
    }

    /** Waits for a condition, polling briefly, for at most 30 seconds. */
    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for the watcher");
            }
            Thread.sleep(50);
        }
    }
}
