package org.catura.sandbox.carrier;

/** What the fulfilment partner simulator does to a shipment's answer instead of answering it plainly. */
public enum PartnerFault {
    /** The confirmation comes after the settings' {@code lateDelay}, beyond the product's watchdog. */
    LATE,
    /** The confirmation is garbled: a CSV line with three fields instead of eight, or JSON cut off halfway. */
    MALFORMED,
    /** The same confirmation is sent twice (a second file, a second POST). */
    DUPLICATE,
    /** A second confirmation after {@code updateDelay} replaces the first parcel's tracking number ({@code replaces_tracking_no}). */
    UPDATED
}
