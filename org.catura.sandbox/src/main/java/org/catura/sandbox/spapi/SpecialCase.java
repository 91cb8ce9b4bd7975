package org.catura.sandbox.spapi;

/** The special cases a generated order can carry, each as Amazon shows it in the v2026-01-01 order. */
public enum SpecialCase {
    /** Gift message and gift wrap on the first item ({@code fulfillment.packing.giftOption}). */
    GIFT(0.05),
    /** Amazon Custom: {@code product.customization.customizedUrl}. */
    CUSTOMIZED(0.04),
    /** Amazon Business: program AMAZON_BUSINESS, company name, buyer PO number, buyer VAT registration. */
    BUSINESS(0.06),
    /** The buyer asked to cancel: {@code cancellation.cancellationRequest} on the first item. */
    CANCELLATION_REQUESTED(0.03),
    /** A replacement for an earlier order: {@code associatedOrders} REPLACEMENT_ORIGINAL_ID, no charge. */
    REPLACEMENT(0.02),
    /** Program PREORDER; the order waits as PENDING until released. */
    PREORDER(0.02),
    PRIME(0.30),
    /** Program PREMIUM with a NEXT_DAY service level. */
    PREMIUM(0.05),
    /** {@code shippingConstraints.signatureConfirmation} MANDATORY. */
    SIGNATURE(0.03),
    /** {@code shippingConstraints.recipientIdentityVerification} MANDATORY. */
    ID_CHECK(0.01),
    /** Fulfilled by Amazon: already SHIPPED, no buyer e-mail. */
    FBA(0.10),
    /** Payment not yet authorised: PENDING, becomes UNSHIPPED after the configured time. */
    PENDING(0.08),
    /** Cancelled by Amazon some time after purchase (after the seller imported it). */
    CANCELLED_LATER(0.02),
    /** {@code recipient.deliveryPreference.addressInstruction}. */
    DELIVERY_INSTRUCTIONS(0.03),
    /** The first item is a listing the ERP does not know ({@link SandboxCatalogue#UNKNOWN_SKUS}). */
    UNKNOWN_SKU(0.02);

    private final double share;

    SpecialCase(double share) {
        this.share = share;
    }

    /** The share of generated orders that carry this case. */
    public double share() {
        return share;
    }
}
