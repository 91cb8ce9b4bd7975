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

    /**
     * Primary keys for dictionary tables from the ERP's AD_Sequence. Every implementation in
     * Catura overrides this; the default exists so that an implementation written against an
     * older version of the port still loads, and says which one lacks it.
     */
    default RecordIds recordIds() {
        throw new UnsupportedOperationException(getClass().getName()
                + " draws no record ids; it implements an older ERP port (before 1.5). Update it to override recordIds()");
    }
}
