package org.catura.core.internal.process;

/** An order was not where a move expected it: someone else moved it first; the move's transaction rolls back. */
public final class ConcurrentMoveException extends IllegalStateException {

    public ConcurrentMoveException(String message) {
        super(message);
    }
}
