package org.catura.core.api.outbox;

/**
 * Delivers the messages of one topic (mail, an SP-API call, a carrier upload). Register as a
 * service; the dispatcher calls {@link #deliver} until it returns without exception. It may be
 * called again for a message already delivered (after a crash), so pass the idempotency key on.
 */
public interface OutboxSink {

    String topic();

    void deliver(OutboxMessage message) throws Exception;
}
