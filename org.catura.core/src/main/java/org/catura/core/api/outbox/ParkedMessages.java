package org.catura.core.api.outbox;

import java.util.List;
import org.catura.core.api.db.Tx;

/** The outbox's parked messages, for an admin to look at and send again once the cause is mended. */
public interface ParkedMessages {

    /** The parked messages, oldest first, at most {@code limit}. */
    List<ParkedMessage> list(Tx tx, int limit);

    long count(Tx tx);

    /**
     * Puts a parked message back to be sent at once with a fresh attempt budget, recording who
     * did it; its last error stays until the next attempt.
     *
     * @return false when there is no parked message with that id (sent, already retried, unknown)
     */
    boolean retry(Tx tx, long messageId, String who);

    /** {@link #retry} for every parked message; returns how many went back. */
    int retryAll(Tx tx, String who);
}
