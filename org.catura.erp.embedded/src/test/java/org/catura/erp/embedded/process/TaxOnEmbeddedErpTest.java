package org.catura.erp.embedded.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Location;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.erp.TaxExemption;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.erp.embedded.internal.DemoCatalogueDatabase;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.testing.EngineDriver;
import org.catura.testing.TestDatabase;
import org.catura.testing.TestOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tax of orders whose channel sends no tax, a zero tax, or a tax that agrees, as the ERP
 * decides it on the embedded ERP with its shipped rates (V5), through release to the delivery
 * note; a contradicting tax is an issue naming both amounts; FBA orders go on as FBA. The seller
 * is a German company; the rules a merchant selling to businesses and to Switzerland keeps (the
 * default rules queue both for a look).
 */
class TaxOnEmbeddedErpTest {

    static TestDatabase database;
    static Database db;
    static Erp erp;
    static ProcessStore store;
    static EngineDriver driver;
    static int next;

    /** How the channel reports the item's tax. */
    enum AmazonTax { ABSENT, ZERO, AGREEING }

    @BeforeAll
    static void start() {
        database = DemoCatalogueDatabase.create();
        db = database.database();
        erp = new ErpComponent(db);
        ProcessEngine engine = Chain.engine(db, erp, "tax", 1);
        store = new ProcessStore(engine::workStates, engine::sinkTopics);
        driver = new EngineDriver(db, engine, store);
        database.execute("update CAT_ReleaseRule set IsActive = 'N' where Name in ('Business order',"
                + " 'Country not served')");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    static void seller(boolean oss) {
        db.inTransaction(tx -> erp.company().save(tx, new Company("Catura Demo GmbH", new Location("Hauptstraße 1",
                null, null, null, "Berlin", "10115", null, "DE"), "DE123456789", null, null, null, null, oss)));
    }

    static PostalAddress to(String country, String postal, String city) {
        return TestOrder.address("Kunde", "Street 1", postal, city, country);
    }

    /** One line of {@code sku} at 19.98 gross, the tax reported as asked, at {@code rate} where it agrees. */
    static ImportedOrder order(String sku, AmazonTax tax, String agreeingRate, PostalAddress to, Buyer buyer) {
        ImportedLine line = TestOrder.line("1", sku, "Item", 2, "19.98", new BigDecimal(agreeingRate));
        BigDecimal itemTax = switch (tax) {
            case ABSENT -> null;
            case ZERO -> BigDecimal.ZERO;
            case AGREEING -> line.itemTax();
        };
        TestOrder order = TestOrder.of("304-0000000-" + (1000000 + next++)).shipTo(to)
                .line(ImportedLine.of("1", sku, "Item", line.quantity(), line.itemPrice(), itemTax));
        return (buyer == null ? order : order.buyer(buyer)).build();
    }

    static OrderProcessView run(ImportedOrder order) {
        long id = db.inTransaction(tx -> store.handIn(tx, order, null)).orderId();
        driver.runUntilIdle();
        return driver.view(id);
    }

    /** The order went through release to its delivery note with one tax of that rate and amount, and no issue. */
    static void assertReleasedWithTax(OrderProcessView view, String rate, String taxAmt, String what) {
        assertEquals(OrderState.SHIPMENT_CREATED, view.state(), what + ": " + view);
        long order = view.orderId();
        assertEquals(0, database.count("select count(*) from catura_order_issue where order_id = ?", order), what);
        assertEquals(1, database.count("select count(*) from c_ordertax t join catura_process p on"
                + " p.sales_order_id = t.c_order_id where p.order_id = ? and t.taxamt = ?::numeric and"
                + " t.taxbaseamt + t.taxamt = 19.98", order, taxAmt), what + ": tax " + taxAmt + " expected, was "
                + database.text("select string_agg(t.taxamt::text, ',') from c_ordertax t join catura_process p on"
                + " p.sales_order_id = t.c_order_id where p.order_id = ?", order));
        assertEquals(0, new BigDecimal(rate).compareTo(new BigDecimal(database.text("select x.rate::text from"
                + " c_ordertax t join c_tax x on x.c_tax_id = t.c_tax_id join catura_process p on p.sales_order_id"
                + " = t.c_order_id where p.order_id = ?", order))), what);
        assertEquals(1, database.count("select count(*) from catura_release_decision where order_id = ? and"
                + " action = 'RELEASE' and (facts->>'totalDifference')::numeric = 0", order),
                what + ": the ERP's gross total is Amazon's");
    }

    static String description(OrderProcessView view) {
        return database.text("select o.description from c_order o join catura_process p on p.sales_order_id ="
                + " o.c_order_id where p.order_id = ?", view.orderId());
    }

    @Test
    void aGermanSellersOrderToGermanyCarriesGermanVat() {
        seller(false);
        for (AmazonTax tax : AmazonTax.values()) {
            assertReleasedWithTax(run(order("CAT-MUG-001", tax, "19", to("DE", "10115", "Berlin"), null)), "19",
                    "3.19", "DE to DE, Amazon tax " + tax);
        }
    }

    @Test
    void anOrderToFranceCarriesGermanVatWithoutOssAndFrenchVatWithOss() {
        seller(false);
        for (AmazonTax tax : AmazonTax.values()) {
            assertReleasedWithTax(run(order("CAT-MUG-001", tax, "19", to("FR", "75011", "Paris"), null)), "19",
                    "3.19", "DE to FR without OSS, Amazon tax " + tax);
        }
        seller(true);
        for (AmazonTax tax : AmazonTax.values()) {
            assertReleasedWithTax(run(order("CAT-MUG-001", tax, "20", to("FR", "75011", "Paris"), null)), "20",
                    "3.33", "DE to FR with OSS, Amazon tax " + tax);
        }
    }

    @Test
    void anAmazonBusinessOrderFromAnItalianCompanyWithAVatIdIsATaxExemptIntraCommunitySupply() {
        seller(true);
        Buyer company = new Buyer("Giulia Rossi", "acquisti@rossi.example", null, "Rossi Forniture S.r.l.",
                "IT12345678901");
        for (AmazonTax tax : AmazonTax.values()) {
            ImportedOrder order = TestOrder.from(order("CAT-MUG-001", tax, "0", to("IT", "20121", "Milano"), company))
                    .flag(OrderFlag.BUSINESS).build();
            OrderProcessView view = run(order);
            assertReleasedWithTax(view, "0", "0", "Amazon Business IT, Amazon tax " + tax);
            assertTrue(description(view).contains("Art. 138 Directive 2006/112/EC"), description(view));
            assertTrue(description(view).contains("customer accounts for the VAT"), description(view));
        }
    }

    @Test
    void anOrderToSwitzerlandIsATaxExemptExport() {
        seller(true);
        for (AmazonTax tax : AmazonTax.values()) {
            OrderProcessView view = run(order("CAT-MUG-001", tax, "0", to("CH", "8001", "Zürich"), null));
            assertReleasedWithTax(view, "0", "0", "to CH, Amazon tax " + tax);
            assertTrue(description(view).contains(TaxExemption.EXPORT.defaultNote()), description(view));
        }
    }

    @Test
    void aBookCarriesTheReducedRate() {
        seller(true);
        for (AmazonTax tax : AmazonTax.values()) {
            assertReleasedWithTax(run(order("CAT-BOOK-001", tax, "7", to("DE", "10115", "Berlin"), null)), "7",
                    "1.31", "book to DE, Amazon tax " + tax);
        }
    }

    @Test
    void aTaxThatContradictsTheErpsIsAnIssueNamingBothAmounts() {
        seller(false);
        OrderProcessView view = run(order("CAT-MUG-001", AmazonTax.AGREEING, "20", to("FR", "75011", "Paris"),
                null));
        assertEquals(OrderState.MANUAL_QUEUE, view.state());
        String detail = database.text("select detail from catura_order_issue where order_id = ? and code ="
                + " 'TAX_MISMATCH'", view.orderId());
        assertTrue(detail.contains("3.33") && detail.contains("3.19") && detail.contains("CAT-MUG-001"), detail);
    }

    @Test
    void anFbaOrderWithoutTaxGoesOnAsFba() {
        seller(false);
        ImportedOrder fba = TestOrder.from(order("CAT-MUG-001", AmazonTax.ABSENT, "19", to("DE", "10115", "Berlin"),
                null)).fulfilment(Fulfilment.CHANNEL).build();
        OrderProcessView view = run(fba);
        assertEquals(OrderState.SHIPMENT_CONFIRMED, view.state(), view.toString());
        assertEquals(0, database.count("select count(*) from catura_order_issue where order_id = ?", view.orderId()));
        assertEquals(1, database.count("select count(*) from c_ordertax t join catura_process p on"
                + " p.sales_order_id = t.c_order_id where p.order_id = ? and t.taxamt = 3.19", view.orderId()));
    }

    @Test
    void aRateTheErpLacksIsNoTaxRateNamingTheRowToAdd() {
        seller(true);
        database.execute("update c_tax set isactive = 'N' where name = 'FR VAT 5.5% reduced'");
        try {
            OrderProcessView view = run(order("CAT-BOOK-001", AmazonTax.ABSENT, "5.5", to("FR", "75011", "Paris"),
                    null));
            assertEquals(OrderState.MANUAL_QUEUE, view.state());
            String detail = database.text("select detail from catura_order_issue where order_id = ? and code ="
                    + " 'NO_TAX_RATE'", view.orderId());
            assertTrue(detail.contains("FR") && detail.contains("Reduced")
                    && detail.contains("catura taxes set FR reduced"), detail);
        } finally {
            database.execute("update c_tax set isactive = 'Y' where name = 'FR VAT 5.5% reduced'");
        }
    }

    @Test
    void theShippedRatesCoverTheEuGbChAndNoInEveryCategory() {
        assertEquals(30, database.count("select count(distinct c.countrycode) from c_tax t join c_country c on"
                + " c.c_country_id = t.to_country_id join c_taxcategory tc on tc.c_taxcategory_id ="
                + " t.c_taxcategory_id where tc.name = 'Standard' and c.countrycode <> 'US'"));
        assertEquals(List.of("Standard", "Reduced", "Super-reduced", "Zero"), List.of(database.text(
                "select string_agg(name, ',' order by c_taxcategory_id) from c_taxcategory").split(",")));
        assertEquals(2, database.count("select count(*) from c_tax where istaxexempt = 'Y' and rate = 0 and"
                + " taxindicator in ('ICS', 'EXP') and description like '%UStG%'"));
    }
}
