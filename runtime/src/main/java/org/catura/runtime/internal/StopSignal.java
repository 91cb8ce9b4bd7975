package org.catura.runtime.internal;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/**
 * Ctrl-C (and SIGTERM) for commands that run until stopped. The signal is caught instead of
 * letting the JVM shut down: shutdown hooks run all at once (the embedded PostgreSQL's own hook
 * would stop the database under the running components), whereas the command takes the process
 * and then the database down in order. A second signal exits at once.
 */
final class StopSignal {

    private final CountDownLatch stop = new CountDownLatch(1);

    StopSignal() {
        for (String name : List.of("INT", "TERM")) {
            Signal.handle(new Signal(name), signal -> {
                if (stop.getCount() == 0) {
                    System.exit(128 + signal.getNumber());
                }
                stop.countDown();
            });
        }
    }

    /** Waits up to {@code millis}; true once stop was asked for. */
    boolean awaitStop(long millis) throws InterruptedException {
        return stop.await(millis, TimeUnit.MILLISECONDS);
    }
}
