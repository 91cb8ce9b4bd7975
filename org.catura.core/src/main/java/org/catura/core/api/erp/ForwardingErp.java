package org.catura.core.api.erp;

/** An {@link Erp} that hands every call to another: for the components that publish the port. */
public abstract class ForwardingErp implements Erp {

    private final Erp erp;

    protected ForwardingErp(Erp erp) {
        this.erp = erp;
    }

    @Override
    public BusinessPartners businessPartners() {
        return erp.businessPartners();
    }

    @Override
    public Products products() {
        return erp.products();
    }

    @Override
    public Taxes taxes() {
        return erp.taxes();
    }

    @Override
    public Charges charges() {
        return erp.charges();
    }

    @Override
    public SalesOrders salesOrders() {
        return erp.salesOrders();
    }

    @Override
    public Shipments shipments() {
        return erp.shipments();
    }

    @Override
    public Invoices invoices() {
        return erp.invoices();
    }

    @Override
    public Payments payments() {
        return erp.payments();
    }

    @Override
    public CompanyDetails company() {
        return erp.company();
    }

    @Override
    public RecordIds recordIds() {
        return erp.recordIds();
    }
}
