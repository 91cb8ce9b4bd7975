package org.catura.runtime.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for commands that run until stopped. The shutdown hook holds the JVM until the
 * command has taken the process and the database down in order.
 */
final class StopSignal {

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    StopSignal() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "catura-stop"));
    }

    /** Waits up to {@code millis}; true once stop was asked for. */
    boolean awaitStop(long millis) throws InterruptedException {
        return stop.await(millis, TimeUnit.MILLISECONDS);
    }

    void finished() {
        finished.countDown();
    }
}
