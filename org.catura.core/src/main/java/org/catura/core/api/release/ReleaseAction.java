package org.catura.core.api.release;

/** What a release rule does with an order it catches. */
public enum ReleaseAction {
    /** Complete the sales order and ship. */
    RELEASE,
    /** Park the order in the manual queue with the rule's reason. */
    MANUAL_QUEUE,
    /** Wait until the rule's date (or for its hold hours), then decide again. */
    HOLD
}
