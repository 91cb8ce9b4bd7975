package org.catura.core.api.process;

/** What a newer version of an order changed. */
public enum UpdateResult {
    /** Same or older than what is stored: nothing changed. */
    UNCHANGED,
    /** Stored; the process goes on as it was. */
    UPDATED,
    /** Was waiting for payment at the channel, now goes into the process. */
    RELEASED_FROM_WAITING,
    /** Cancelled by the channel before anything was shipped: documents are voided. */
    CANCELLED,
    /** Cancelled by the channel, but the goods may be on their way: a person decides. */
    CANCELLED_AFTER_SHIPPING,
    /** The buyer asked to cancel after release: a person decides. */
    CANCELLATION_REQUESTED
}
