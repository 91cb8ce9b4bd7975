package org.catura.core.api.erp;

/**
 * The ERP port: everything the plugins do with ERP documents goes through here. Two
 * implementations exist, one on PostgreSQL with iDempiere's tables, one on the ADempiere
 * model classes; the installed bundle decides.
 */
public interface Erp {

    BusinessPartners businessPartners();

    Products products();

    Taxes taxes();

    Charges charges();

    SalesOrders salesOrders();

    Shipments shipments();

    Invoices invoices();

    Payments payments();

    /** The seller's own details. */
    CompanyDetails company();
}
