package org.catura.shipping.internal.transmission;

/**
 * Why a shipment cannot be transmitted as configured (a template that does not render, data the
 * template needs that the order lacks, a channel without its address): a person fixes it, so
 * the order goes to the manual queue with this message and nothing is sent.
 */
public final class TransmissionProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public TransmissionProblem(String message) {
        super(message);
    }

    public TransmissionProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
