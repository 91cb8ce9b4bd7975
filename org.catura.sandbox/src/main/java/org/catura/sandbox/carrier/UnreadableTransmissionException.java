package org.catura.sandbox.carrier;

/** A transmission the simulator cannot read; it is recorded as rejected and not answered. */
final class UnreadableTransmissionException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableTransmissionException(String message) {
        super(message);
    }
}
