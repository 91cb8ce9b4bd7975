package org.catura.sandbox.spapi;

/**
 * What Amazon tells a seller about the VAT in an order's items, which depends on whether the
 * seller is enrolled in Amazon's VAT Calculation Service for that marketplace. Prices are gross
 * on the European marketplaces either way.
 */
public enum ItemTaxes {
    /** Enrolled: the items' TAX breakdowns state the destination's VAT the gross prices contain (0 for an export). */
    VAT_SERVICE,
    /** Not enrolled: no TAX breakdown at all, in the items or the order, as Amazon sends it. */
    ABSENT,
    /** Not enrolled: TAX breakdowns of 0.00. */
    ZERO
}
