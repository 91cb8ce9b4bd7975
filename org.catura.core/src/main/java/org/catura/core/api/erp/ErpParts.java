package org.catura.core.api.erp;

/** An {@link Erp} made of its parts: what an implementation of the port assembles. */
public record ErpParts(BusinessPartners businessPartners, Products products, Taxes taxes, Charges charges,
        SalesOrders salesOrders, Shipments shipments, Invoices invoices, Payments payments,
        CompanyDetails company) implements Erp {
}
