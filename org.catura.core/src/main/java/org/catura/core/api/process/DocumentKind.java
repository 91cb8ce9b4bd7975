package org.catura.core.api.process;

/** The ERP documents an order's process links to. */
public enum DocumentKind {
    BUSINESS_PARTNER,
    SALES_ORDER,
    SHIPMENT,
    INVOICE,
    PAYMENT
}
