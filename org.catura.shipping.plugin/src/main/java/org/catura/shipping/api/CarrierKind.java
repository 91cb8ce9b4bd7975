package org.catura.shipping.api;

/** Who takes the parcels (CAT_Carrier.CarrierKind). */
public enum CarrierKind {
    /** The own warehouse: picked and packed on the pack page, handed to a parcel service there. */
    IN_HOUSE,
    /** A parcel carrier (DHL, DPD, GLS, UPS, Hermes) collecting from the own warehouse. */
    PARCEL,
    /** An external fulfilment partner shipping from its own stock. */
    FULFILMENT
}
