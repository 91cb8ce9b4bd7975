package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.erp.Warehouse;
import org.catura.erp.embedded.api.DemoCatalogue;
import org.catura.erp.embedded.api.DemoSeedResult;
import org.catura.erp.embedded.api.ProductSpec;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The demo catalogue on an empty database, the master data calls, and the schema itself. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MasterDataTest extends ErpTestBase {

    private static final List<String> MASTER_TABLES = List.of("M_Product", "M_Warehouse", "M_Locator",
            "M_StorageOnHand", "C_Tax", "C_TaxCategory", "C_Charge", "C_Currency", "C_Country", "AD_Sequence");

    @Override
    boolean seedDemo() {
        return false;
    }

    @Test
    @Order(1)
    void seedDemoLoadsTheWholeCatalogueOnce() {
        DemoSeedResult first = tx(master::seedDemo);
        // Currencies, the VAT rates of Europe, the warehouse MAIN and the order charges come with the
        // migrations (V2, V5, V6, V8):
        // of taxes only US 0 % is the demo's own.
        assertEquals(new DemoSeedResult(12, 1, 24, 1, 0, 0), first, "what the migrations bring is not seeded again");
        Product desk = tx(t -> erp.products().findBySku(t, "CAT-DESK-001")).orElseThrow();
        assertEquals(0, dec("38.00").compareTo(desk.weight()));
        assertEquals(0, dec("165").compareTo(desk.width()));
        assertEquals("EA", desk.uom());
        assertTrue(desk.stocked());
        List<Warehouse> warehouses = tx(t -> erp.products().warehouses(t));
        assertEquals(List.of("MAIN", "3PL"), warehouses.stream().map(Warehouse::value).toList());
        assertEquals(0, dec("4").compareTo(tx(t -> erp.products().qtyOnHand(t, desk.id(), warehouses.get(0).id()))));
        assertEquals(0, dec("12").compareTo(tx(t -> erp.products().qtyOnHand(t, desk.id(), warehouses.get(1).id()))));

        Tax de19 = tx(t -> erp.taxes().findByRate(t, dec("19"), "DE")).orElseThrow();
        assertEquals("DE", de19.countryCode());
        Tax de7 = tx(t -> erp.taxes().findByRate(t, dec("7.0"), "de")).orElseThrow();
        assertNotEquals(de19.taxCategoryId(), de7.taxCategoryId());
        assertEquals(de7.taxCategoryId(), tx(t -> erp.products().findBySku(t, "CAT-BOOK-001")).orElseThrow()
                .taxCategoryId());
        assertEquals("GB", tx(t -> erp.taxes().findByRate(t, dec("20"), "UK")).orElseThrow().countryCode());
        assertEquals("US", tx(t -> erp.taxes().findByRate(t, BigDecimal.ZERO, "US")).orElseThrow().countryCode());
        assertTrue(tx(t -> erp.taxes().findByRate(t, dec("19"), "FR")).isEmpty(), "no 19% in France");
        assertEquals(count("SELECT count(*) FROM C_Tax WHERE IsActive = 'Y'"), tx(t -> erp.taxes().list(t)).size());
        assertEquals(1, tx(t -> erp.taxes().list(t)).stream().filter(t -> "US".equals(t.countryCode())).count());
        for (String charge : List.of("Shipping", "Promotion", "Gift wrap")) {
            assertTrue(tx(t -> erp.charges().findByName(t, charge)).isPresent(), charge);
        }
        assertTrue(tx(t -> erp.charges().findByName(t, "shipping")).isPresent(), "charge names ignore case");
        for (String iso : DemoCatalogue.CURRENCIES) {
            assertEquals(1, count("SELECT count(*) FROM C_Currency WHERE ISO_Code = ?", iso), iso);
        }
    }

    @Test
    @Order(2)
    void aSecondSeedChangesNothing() {
        String before = snapshot();
        DemoSeedResult second = tx(master::seedDemo);
        assertEquals(0, second.total(), second.toString());
        assertEquals(before, snapshot());
    }

    @Test
    @Order(3)
    void seedingAgainDoesNotResetStockThatWasCountedOrSold() {
        int mug = tx(t -> erp.products().findBySku(t, "CAT-MUG-001")).orElseThrow().id();
        int main = tx(t -> master.findWarehouse(t, "MAIN")).orElseThrow().id();
        tx(t -> {
            master.setOnHand(t, mug, main, dec("7"));
            return null;
        });
        tx(master::seedDemo);
        assertEquals(0, dec("7").compareTo(tx(t -> erp.products().qtyOnHand(t, mug, main))));
    }

    @Test
    void demoSkusArePublishedForTheOrderGenerator() {
        assertEquals(12, DemoCatalogue.SKUS.size());
        assertEquals(12, new HashSet<>(DemoCatalogue.SKUS).size());
        assertTrue(DemoCatalogue.SKUS.stream().allMatch(s -> s.startsWith("CAT-")));
        assertEquals("CAT-MUG-001", DemoCatalogue.SKUS.get(0));
    }

    @Test
    void productsWarehousesTaxesAndChargesAreCreatedOnceEach() {
        Product p = tx(t -> master.createProduct(t, new ProductSpec("T-1", "Test", dec("1.5"), dec("10"), dec("20"),
                dec("30"), "Reduced")));
        assertEquals("T-1", tx(t -> erp.products().get(t, p.id())).orElseThrow().sku());
        assertTrue(assertThrows(ErpException.class, () -> tx(t -> master.createProduct(t, "T-1", "Again", null, null,
                null, null))).getMessage().contains("already exists"));
        assertTrue(assertThrows(ErpException.class, () -> tx(t -> master.createProduct(t, "T-2", "Neg", dec("-1"),
                null, null, null))).getMessage().contains("weight must not be negative"));
        assertThrows(ErpException.class, () -> tx(t -> master.createProduct(t, new ProductSpec("T-3", "x", null,
                null, null, null, "Luxury"))));

        Warehouse w = tx(t -> master.createWarehouse(t, "T-WH", "Test warehouse"));
        assertThrows(ErpException.class, () -> tx(t -> master.createWarehouse(t, "T-WH", "Again")));
        tx(t -> {
            master.setOnHand(t, p.id(), w.id(), dec("3"));
            return null;
        });
        assertEquals(0, dec("3").compareTo(tx(t -> erp.products().qtyOnHand(t, p.id(), w.id()))));
        assertThrows(ErpException.class, () -> tx(t -> {
            master.setOnHand(t, p.id(), w.id(), dec("-1"));
            return null;
        }));

        Tax any = tx(t -> master.createTax(t, "Exempt", BigDecimal.ZERO, null, null));
        assertEquals(null, any.countryCode());
        // A rate for any country is the fallback for countries without their own.
        assertEquals(any.id(), tx(t -> erp.taxes().findByRate(t, BigDecimal.ZERO, "CH")).orElseThrow().id());
        assertThrows(ErpException.class, () -> tx(t -> master.createTax(t, null, BigDecimal.ZERO, null, null)));
        assertThrows(ErpException.class, () -> tx(t -> master.createTax(t, null, dec("100"), "DE", null)));
        tx(t -> master.createCharge(t, "Cash on delivery fee"));
        assertThrows(ErpException.class, () -> tx(t -> master.createCharge(t, "CASH ON DELIVERY FEE")));
        assertTrue(assertThrows(ErpException.class, () -> tx(t -> master.ensureCurrency(t, "ABC"))).getMessage()
                .contains("ABC"));
    }

    @Test
    void theTablesAndColumnsCarryIdempieresNames() {
        Set<String> tables = new HashSet<>(tx(t -> Sql.list(t,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
                rs -> rs.getString(1))));
        for (String table : List.of("c_bpartner", "c_bpartner_location", "c_location", "c_country", "ad_user",
                "m_product", "m_warehouse", "m_locator", "m_storageonhand", "m_storagereservation", "c_order",
                "c_orderline", "c_ordertax", "m_inout", "m_inoutline", "c_invoice", "c_invoiceline", "c_invoicetax",
                "c_payment", "c_allocationhdr", "c_allocationline", "c_tax", "c_taxcategory", "c_charge",
                "c_currency", "c_doctype", "ad_sequence")) {
            assertTrue(tables.contains(table), table);
        }
        Set<String> orderColumns = columns("c_order");
        assertTrue(orderColumns.containsAll(List.of("c_order_id", "documentno", "docstatus", "docaction", "processed",
                "poreference", "dateordered", "totallines", "grandtotal", "istaxincluded", "m_warehouse_id",
                "ad_client_id", "ad_org_id", "created", "createdby", "updated", "updatedby", "isactive")),
                orderColumns.toString());
        assertTrue(columns("c_orderline").containsAll(List.of("qtyordered", "qtydelivered", "qtyinvoiced",
                "qtyreserved", "priceentered", "priceactual", "linenetamt")));
        assertTrue(columns("m_inout").containsAll(List.of("movementdate", "trackingno")));
        assertTrue(columns("m_inoutline").contains("movementqty"));
        assertTrue(columns("c_invoice").contains("ispaid"));
        assertTrue(columns("c_payment").contains("payamt"));
        assertTrue(columns("c_allocationline").containsAll(List.of("amount", "discountamt", "writeoffamt")));
    }

    @Test
    void migratingAgainIsHarmless() {
        List<String> before = migrations();
        new ErpComponent(db);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), before);
        assertEquals(before, migrations());
    }

    private List<String> migrations() {
        return tx(t -> Sql.list(t,
                "SELECT version FROM catura_schema_erp WHERE success AND version IS NOT NULL ORDER BY installed_rank",
                rs -> rs.getString(1))).stream().filter(v -> !v.equals("0")).toList();
    }

    private Set<String> columns(String table) {
        return new HashSet<>(tx(t -> Sql.list(t,
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?",
                rs -> rs.getString(1), table)));
    }

    /** Every row of the master tables as text, ordered, so two snapshots are equal only if nothing changed. */
    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (String table : MASTER_TABLES) {
            all.append(table).append('\n');
            tx(t -> Sql.list(t, "SELECT t::text FROM " + table + " t ORDER BY t::text", rs -> rs.getString(1)))
                    .forEach(row -> all.append(row).append('\n'));
        }
        return all.toString();
    }
}
