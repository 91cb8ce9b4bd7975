package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.TxWork;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.SalesOrderDraft;
import org.catura.erp.embedded.api.DemoCatalogue;
import org.catura.erp.embedded.api.MasterData;
import org.catura.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A database of its own per test class, migrated through the DS component's activate path, with
 * the demo catalogue loaded (copied from a template made once per JVM) or, for the tests of the
 * migration and the seeding themselves, empty; tests create their own partners and orders so they
 * do not interfere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ErpTestBase {

    /** A customer with one ship-to/bill-to location and a contact. */
    record Customer(int bpartnerId, int locationId, int contactId) {
    }

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    TestDatabase database;
    Database db;
    Erp erp;
    MasterData master;
    int mainWarehouse;
    int thirdPartyWarehouse;
    private final AtomicInteger sequence = new AtomicInteger();

    @BeforeAll
    void startDatabase() {
        database = seedDemo() ? DemoCatalogueDatabase.create() : TestDatabase.empty();
        db = database.database();
        erp = new ErpComponent(db);
        master = new MasterData();
        if (seedDemo()) {
            mainWarehouse = tx(t -> master.findWarehouse(t, DemoCatalogue.MAIN_WAREHOUSE)).orElseThrow().id();
            thirdPartyWarehouse = tx(t -> master.findWarehouse(t, DemoCatalogue.THIRD_PARTY_WAREHOUSE)).orElseThrow()
                    .id();
        }
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    boolean seedDemo() {
        return true;
    }

    <T> T tx(TxWork<T> work) {
        return db.inTransaction(work);
    }

    int unique() {
        return sequence.incrementAndGet();
    }

    Customer customer(String country, String postal) {
        return tx(t -> {
            int n = unique();
            int id = erp.businessPartners().create(t, new BusinessPartnerDraft(null, "Buyer " + n, null, false, null))
                    .id();
            int location = erp.businessPartners().addLocation(t, id, null,
                    new Location("Street " + n, null, null, null, "City", postal, null, country), true, true, null);
            int contact = erp.businessPartners().addContact(t, id, "Buyer " + n, "buyer" + n + "@example.com", null);
            return new Customer(id, location, contact);
        });
    }

    int productId(String sku) {
        return tx(t -> erp.products().findBySku(t, sku)).orElseThrow().id();
    }

    int taxId(String rate, String country) {
        return tx(t -> erp.taxes().findByRate(t, new BigDecimal(rate), country)).orElseThrow().id();
    }

    int chargeId(String name) {
        return tx(t -> erp.charges().findByName(t, name)).orElseThrow().id();
    }

    SalesOrderDraft draft(Customer c, int warehouseId, boolean taxIncluded, List<OrderLineDraft> lines) {
        return new SalesOrderDraft(c.bpartnerId(), c.locationId(), c.locationId(), c.contactId(), warehouseId,
                "302-" + unique(), "EUR", taxIncluded, DAY, null, lines);
    }

    OrderLineDraft product(String sku, String qty, String price, int taxId) {
        return OrderLineDraft.product(productId(sku), sku, new BigDecimal(qty), new BigDecimal(price), taxId);
    }

    /** A completed DE order: 2 mugs at 11.90 gross and shipping 4.99, from MAIN. */
    SalesOrder completedOrder(Customer c) {
        int vat = taxId("19", "DE");
        SalesOrder order = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(
                product("CAT-MUG-001", "2", "11.90", vat),
                OrderLineDraft.charge(chargeId("Shipping"), "Shipping", new BigDecimal("4.99"), vat)))));
        return tx(t -> erp.salesOrders().process(t, order.id(), org.catura.core.api.erp.DocAction.COMPLETE));
    }

    BigDecimal onHand(String sku, int warehouseId) {
        return tx(t -> erp.products().qtyOnHand(t, productId(sku), warehouseId));
    }

    BigDecimal available(String sku, int warehouseId) {
        return tx(t -> erp.products().qtyAvailable(t, productId(sku), warehouseId));
    }

    long count(String sql, Object... params) {
        return database.count(sql, params);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
