package org.catura.erp.embedded.internal;

import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.ErpParts;
import org.catura.core.api.erp.ForwardingErp;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the embedded ERP as the {@link Erp} service once its tables are migrated. The
 * service exists only after the migrations succeeded, so no caller ever sees a half-built schema.
 * Every call works in the caller's transaction and on its connection; the numbers of flow
 * documents come from PostgreSQL sequences, which do not wait for other transactions
 * ({@link FlowNumbers}); record ids of dictionary tables from AD_Sequence ({@link RecordIdSequence}).
 * It is the books of one tenant only ({@link SingleTenant}).
 */
@Component(service = Erp.class, property = "erp.kind=embedded")
public final class ErpComponent extends ForwardingErp {

    private static final Logger LOG = LoggerFactory.getLogger(ErpComponent.class);

    /** With a reference cache of its own (tests, tools): master data changed elsewhere shows once it expires. */
    public ErpComponent(Database database) {
        this(database, new ReferenceCache());
    }

    @Activate
    public ErpComponent(@Reference Database database, @Reference ReferenceCache cache) {
        super(SingleTenant.guard(migrated(database, cache)));
    }

    private static Erp migrated(Database database, ReferenceCache cache) {
        Migrations.migrate(database.dataSource(), "erp", ErpComponent.class.getClassLoader(),
                List.of(new TaxReferenceData()));
        LOG.info("Embedded ERP tables are up to date");
        FlowNumbers numbers = new FlowNumbers();
        return new ErpParts(new BusinessPartnerRepository(numbers, cache), new ProductRepository(cache),
                new TaxRepository(cache), new ChargeRepository(cache), new SalesOrderService(numbers, cache),
                new ShipmentService(numbers, cache), new InvoiceService(), new PaymentService(),
                new CompanyRepository(cache), new RecordIdSequence());
    }
}
