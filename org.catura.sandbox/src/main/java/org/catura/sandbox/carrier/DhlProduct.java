package org.catura.sandbox.carrier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The DHL Parcel DE products the sandbox knows: the procedure (digits 11 and 12 of the billing
 * number must name it), the heaviest parcel, and whether it is for Germany or abroad.
 */
enum DhlProduct {
    V01PAK("01", 31_500, true),
    V62KP("62", 1_000, true),
    V62WP("62", 1_000, true),
    V53WPAK("53", 31_500, false),
    V54EPAK("54", 31_500, false),
    V66WPI("66", 1_000, false);

    final String procedure;
    final long maxGrams;
    final boolean domestic;

    DhlProduct(String procedure, long maxGrams, boolean domestic) {
        this.procedure = procedure;
        this.maxGrams = maxGrams;
        this.domestic = domestic;
    }

    static Optional<DhlProduct> of(String code) {
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }
}
