package org.catura.erp.embedded.internal;

import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.Charges;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Invoices;
import org.catura.core.api.erp.Payments;
import org.catura.core.api.erp.Products;
import org.catura.core.api.erp.SalesOrders;
import org.catura.core.api.erp.Shipments;
import org.catura.core.api.erp.Taxes;

/** The ERP port on the embedded tables. Stateless: every call works in the caller's transaction. */
public final class EmbeddedErp implements Erp {

    private final BusinessPartners businessPartners = new BusinessPartnerRepository();
    private final Products products = new ProductRepository();
    private final Taxes taxes = new TaxRepository();
    private final Charges charges = new ChargeRepository();
    private final SalesOrders salesOrders = new SalesOrderService();
    private final Shipments shipments = new ShipmentService();
    private final Invoices invoices = new InvoiceService();
    private final Payments payments = new PaymentService();

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
