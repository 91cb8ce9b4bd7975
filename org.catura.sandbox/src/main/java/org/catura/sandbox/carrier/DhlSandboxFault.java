package org.catura.sandbox.carrier;

/** What the DHL sandbox does to one request instead of answering it plainly. */
public enum DhlSandboxFault {
    /** The shipment is created, the answer comes after the settings' {@code lateBy}. */
    LATE,
    /** The shipment is created, the 200 answer's body breaks off halfway. */
    MALFORMED,
    /** 429 Too Many Requests with Retry-After; nothing created. */
    THROTTLE,
    /** 500; nothing created. */
    SERVER_ERROR
}
