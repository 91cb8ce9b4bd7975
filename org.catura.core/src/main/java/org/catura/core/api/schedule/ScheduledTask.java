package org.catura.core.api.schedule;

/**
 * Work fired by the cluster-wide clock on one node at a time. Register as a service; the
 * scheduler runs it every {@link #intervalSeconds()} seconds, never twice at once.
 */
public interface ScheduledTask {

    /** Stable name: the Quartz job key. */
    String name();

    long intervalSeconds();

    void run() throws Exception;
}
