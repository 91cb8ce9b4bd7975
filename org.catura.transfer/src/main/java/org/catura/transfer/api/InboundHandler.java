package org.catura.transfer.api;

import org.catura.core.api.db.Tx;

/**
 * What a consumer does with a fetched file (read an EDI order, a tracking list), inside the
 * transaction in which it stores what it took from it.
 */
@FunctionalInterface
public interface InboundHandler {

    /**
     * Takes the file. Returning commits the transaction and the file moves to {@code done/}.
     *
     * @throws FileRejectedException when the file is bad for good: it moves to {@code error/} with
     *         the reason beside it and is not fetched again. Any other exception rolls back and
     *         leaves the file where it is, to be tried on the next poll.
     */
    void accept(Tx tx, InboundFile file) throws FileRejectedException;
}
