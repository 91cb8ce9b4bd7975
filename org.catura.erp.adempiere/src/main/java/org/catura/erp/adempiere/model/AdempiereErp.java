package org.catura.erp.adempiere.model;

import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.Charges;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Invoices;
import org.catura.core.api.erp.Payments;
import org.catura.core.api.erp.Products;
import org.catura.core.api.erp.SalesOrders;
import org.catura.core.api.erp.Shipments;
import org.catura.core.api.erp.Taxes;

/** The ERP port on the ADempiere/iDempiere model classes. */
public final class AdempiereErp implements Erp {

    private final BusinessPartners businessPartners;
    private final Products products;
    private final Taxes taxes;
    private final Charges charges;
    private final SalesOrders salesOrders;
    private final Shipments shipments;
    private final Invoices invoices;
    private final Payments payments;

    public AdempiereErp(ErpSettings settings) {
        businessPartners = new AdempiereBusinessPartners(settings);
        products = new AdempiereProducts(settings);
        taxes = new AdempiereTaxes(settings);
        charges = new AdempiereCharges(settings);
        salesOrders = new AdempiereSalesOrders(settings);
        shipments = new AdempiereShipments(settings);
        invoices = new AdempiereInvoices(settings);
        payments = new AdempierePayments(settings);
    }

    @Override
    public BusinessPartners businessPartners() {
        return businessPartners;
    }

    @Override
    public Products products() {
        return products;
    }

    @Override
    public Taxes taxes() {
        return taxes;
    }

    @Override
    public Charges charges() {
        return charges;
    }

    @Override
    public SalesOrders salesOrders() {
        return salesOrders;
    }

    @Override
    public Shipments shipments() {
        return shipments;
    }

    @Override
    public Invoices invoices() {
        return invoices;
    }

    @Override
    public Payments payments() {
        return payments;
    }
}
