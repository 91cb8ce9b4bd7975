package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.Tax;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.api.ProductSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferenceCacheTest extends ErpTestBase {

    final AtomicLong clock = new AtomicLong();
    ReferenceCache cache;
    Erp cachedErp;
    MasterData service;

    @BeforeEach
    void cachedErpWithAClockOfItsOwn() {
        cache = new ReferenceCache(Duration.ofSeconds(5), clock::get);
        cachedErp = new ErpComponent(db, cache);
        service = new MasterDataComponent(cachedErp, cache);
    }

    void fiveSecondsLater() {
        clock.addAndGet(Duration.ofSeconds(5).toNanos());
    }

    boolean listsTax(String name) {
        return tx(t -> cachedErp.taxes().list(t)).stream().anyMatch(t -> t.name().equals(name));
    }

    SalesOrder orderOfOneMug(Tax tax) {
        Customer c = customer("CH", "8001");
        return tx(t -> cachedErp.salesOrders().create(t, draft(c, mainWarehouse, false, List.of(
                OrderLineDraft.product(productId("CAT-MUG-001"), "Mug", dec("1"), dec("100.00"), tax.id())))));
    }

    @Test
    void aTaxImportedThroughTheServiceIsListedAtOnceAndOneAddedByHandOnceTheCacheExpired() {
        // CH 8.1 % ships with the reference data (V5): a rate it lacks.
        assertFalse(listsTax("CH VAT 3.8%"));
        tx(t -> service.createTax(t, null, dec("3.8"), "CH", null));
        assertTrue(listsTax("CH VAT 3.8%"), "the service dropped the cache when its transaction committed");

        tx(t -> Sql.update(t, "INSERT INTO C_Tax (Name, Rate, C_TaxCategory_ID) SELECT 'By hand', 3, C_TaxCategory_ID"
                + " FROM C_TaxCategory WHERE Name = 'Standard'"));
        assertFalse(listsTax("By hand"), "a change made outside the ERP waits for the cache to expire");
        fiveSecondsLater();
        assertTrue(listsTax("By hand"));
    }

    @Test
    void aProductChangedByHandIsSeenOnceTheCacheExpiredAndANewOneAtOnce() {
        tx(t -> service.createProduct(t, new ProductSpec("T-CACHE-1", "Cached lamp", dec("1"), null, null, null,
                null)));
        int standard = tx(t -> cachedErp.products().findBySku(t, "T-CACHE-1")).orElseThrow().taxCategoryId();
        tx(t -> Sql.update(t, "UPDATE M_Product SET C_TaxCategory_ID = (SELECT C_TaxCategory_ID FROM C_TaxCategory"
                + " WHERE Name = 'Reduced') WHERE Value = 'T-CACHE-1'"));
        assertEquals(standard, tx(t -> cachedErp.products().findBySku(t, "T-CACHE-1")).orElseThrow().taxCategoryId());
        fiveSecondsLater();
        int reduced = tx(t -> cachedErp.products().findBySku(t, "T-CACHE-1")).orElseThrow().taxCategoryId();
        assertTrue(reduced != standard, "the new tax category after the cache expired");

        assertTrue(tx(t -> cachedErp.products().findBySku(t, "T-CACHE-2")).isEmpty());
        tx(t -> new MasterData().createProduct(t, new ProductSpec("T-CACHE-2", "Uncached", null, null, null, null,
                null)));
        assertTrue(tx(t -> cachedErp.products().findBySku(t, "T-CACHE-2")).isPresent(),
                "a SKU that was not found is not remembered as missing");
    }

    @Test
    void theNextOrderUsesATaxRateChangedThroughTheServiceOrByHandOnceTheCacheExpired() {
        Tax tax = tx(t -> service.createTax(t, "CH test rate", dec("10"), "CH", "Reduced"));
        assertEquals(0, dec("110.00").compareTo(orderOfOneMug(tax).grandTotal()));

        tx(t -> Sql.update(t, "UPDATE C_Tax SET Rate = 12 WHERE C_Tax_ID = ?", tax.id()));
        fiveSecondsLater();
        SalesOrder after = orderOfOneMug(tax);
        assertEquals(0, dec("112.00").compareTo(after.grandTotal()));
        assertEquals(0, dec("12").compareTo(after.taxes().get(0).rate()));
        assertEquals(after, tx(t -> cachedErp.salesOrders().get(t, after.id())).orElseThrow(),
                "the order as created is the order as stored");
    }

    @Test
    void aCacheThatIsFullStartsAfresh() {
        for (int i = 0; i < ReferenceCache.MAX_ENTRIES + 10; i++) {
            cache.get("test", i, () -> BigDecimal.ONE);
        }
        assertTrue(cache.size() <= ReferenceCache.MAX_ENTRIES, "bounded, " + cache.size() + " entries");
        assertTrue(cache.size() > 0);
    }
}
