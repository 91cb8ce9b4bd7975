package org.catura.erp.embedded.internal;

import org.catura.core.api.db.Database;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.Charges;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Invoices;
import org.catura.core.api.erp.Payments;
import org.catura.core.api.erp.Products;
import org.catura.core.api.erp.SalesOrders;
import org.catura.core.api.erp.Shipments;
import org.catura.core.api.erp.Taxes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the embedded ERP as the {@link Erp} service once its tables are migrated. The
 * service exists only after the migrations succeeded, so no caller ever sees a half-built schema.
 */
@Component(service = Erp.class, property = "erp.kind=embedded")
public final class ErpComponent implements Erp {

    private static final Logger LOG = LoggerFactory.getLogger(ErpComponent.class);

    private final EmbeddedErp erp;

    @Activate
    public ErpComponent(@Reference Database database) {
        Migrations.migrate(database.dataSource(), "erp", ErpComponent.class.getClassLoader());
        LOG.info("Embedded ERP tables are up to date");
        this.erp = new EmbeddedErp(new FlowNumbers(database));
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
}
