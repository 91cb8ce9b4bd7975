package org.catura.shipping.api;

/**
 * What became of a confirmation. {@code orderId} null when no order could be told; {@code message}
 * says what was recorded or why not, in words a clerk understands.
 */
public record ConfirmationResult(Outcome outcome, Long orderId, String message) {

    public enum Outcome {
        /** Parcels and tracking numbers recorded; the shipment completed, the order SHIPPED. */
        RECORDED,
        /** A tracking number replaced by the carrier's later one (passed on to the channel if confirmed already). */
        UPDATED,
        /** Told before: nothing changed. */
        DUPLICATE,
        /** Unknown reference, garbled, contradicting what is recorded: nothing changed, a ticket opened. */
        REJECTED
    }
}
