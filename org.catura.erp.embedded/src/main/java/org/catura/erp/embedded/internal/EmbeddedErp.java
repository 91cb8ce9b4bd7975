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

/**
 * The ERP port on the embedded tables. Every call works in the caller's transaction; only the
 * numbers of flow documents may come from a short transaction of their own ({@link FlowNumbers}).
 */
public final class EmbeddedErp implements Erp {

    private final BusinessPartners businessPartners;
    private final Products products = new ProductRepository();
    private final Taxes taxes = new TaxRepository();
    private final Charges charges = new ChargeRepository();
    private final SalesOrders salesOrders;
    private final Shipments shipments;
    private final Invoices invoices = new InvoiceService();
    private final Payments payments = new PaymentService();

    EmbeddedErp(FlowNumbers numbers) {
        this.businessPartners = new BusinessPartnerRepository(numbers);
        this.salesOrders = new SalesOrderService(numbers);
        this.shipments = new ShipmentService(numbers);
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
