package org.catura.core.api.erp;

/** An {@link Erp} made of its parts: what an implementation of the port assembles. */
public record ErpParts(BusinessPartners businessPartners, Products products, Taxes taxes, Charges charges,
        SalesOrders salesOrders, Shipments shipments, Invoices invoices, Payments payments,
        CompanyDetails company, RecordIds recordIds) implements Erp {

    /**
     * Without record ids, as before version 1.5 of the port (tests that need only some parts):
     * {@link #recordIds()} then fails saying so.
     */
    public ErpParts(BusinessPartners businessPartners, Products products, Taxes taxes, Charges charges,
            SalesOrders salesOrders, Shipments shipments, Invoices invoices, Payments payments,
            CompanyDetails company) {
        this(businessPartners, products, taxes, charges, salesOrders, shipments, invoices, payments, company,
                (tx, tableName) -> {
                    throw new UnsupportedOperationException("This ERP was assembled without record ids; cannot draw "
                            + tableName + "_ID. Pass a RecordIds to ErpParts");
                });
    }
}
