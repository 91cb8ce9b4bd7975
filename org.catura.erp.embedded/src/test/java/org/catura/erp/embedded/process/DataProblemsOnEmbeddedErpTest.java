package org.catura.erp.embedded.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.OrderIssue;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
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
 * Orders whose data the ERP cannot take (a line of quantity 0, no address, a field longer than its
 * column, a currency that is no ISO 4217 code) go to the manual queue with an issue naming the field
 * and its value at the first attempt, instead of failing until they are parked; an address whose
 * generated location name is too long goes on with the name cut.
 */
class DataProblemsOnEmbeddedErpTest {

    static TestDatabase database;
    static Database db;
    static Erp erp;
    static ProcessStore store;
    static EngineDriver driver;
    static int next;

    @BeforeAll
    static void start() {
        database = DemoCatalogueDatabase.create();
        db = database.database();
        erp = new ErpComponent(db);
        ProcessEngine engine = Chain.engine(db, erp, "data", 1);
        store = new ProcessStore(engine::workStates, engine::sinkTopics);
        driver = new EngineDriver(db, engine, store);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    static TestOrder order() {
        return TestOrder.of("305-0000000-" + (1000000 + next++)).line("CAT-MUG-001", 2, "19.98");
    }

    static OrderProcessView run(ImportedOrder order) {
        long id = db.inTransaction(tx -> store.handIn(tx, order, null)).orderId();
        driver.runUntilIdle();
        return driver.view(id);
    }

    /** In the manual queue at the first attempt, with one open issue of {@code code} whose text says all of {@code words}. */
    static OrderIssue assertQueuedWith(OrderProcessView view, String code, String... words) {
        assertEquals(OrderState.MANUAL_QUEUE, view.state(), view.toString());
        assertFalse(view.parked(), "queued for a person, not parked after retries: " + view);
        assertEquals(0, view.attempts(), "no failed attempt: " + view);
        assertNull(view.lastError(), view.toString());
        List<OrderIssue> issues = db.inTransaction(tx -> store.openIssues(tx, view.orderId()));
        assertEquals(1, issues.size(), issues.toString());
        OrderIssue issue = issues.get(0);
        assertEquals(code, issue.code().value(), issue.toString());
        for (String word : words) {
            assertTrue(issue.detail().contains(word), "'" + word + "' in " + issue);
        }
        assertFalse(issue.detail().contains("@marketplace.example"), "not the buyer's whole data: " + issue);
        return issue;
    }

    @Test
    void aLineOfQuantityZeroIsABadQuantityIssueNotADivisionByZero() {
        ImportedOrder order = order().lines(List.of(ImportedLine.of("1", "CAT-MUG-001", "Mug", BigDecimal.ZERO,
                new BigDecimal("19.98"), new BigDecimal("3.19")))).build();
        assertQueuedWith(run(order), "BAD_QUANTITY", "CAT-MUG-001", "quantity 0");
    }

    @Test
    void anOrderWithoutAnyAddressIsANoAddressIssue() {
        assertQueuedWith(run(order().shipTo(null).billTo(null).build()), "NO_ADDRESS", "no delivery address");
    }

    @Test
    void aCityLongerThanItsColumnIsATooLongIssueNamingFieldLengthAndValue() {
        String city = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch-upon-the-Menai-Strait";
        ImportedOrder order = order().shipTo(TestOrder.address("Hans Müller", "Hauptstraße 5", "10115", city, "GB"))
                .build();
        assertQueuedWith(run(order), "TOO_LONG", "city", city.length() + " characters", "at most 60", city);
    }

    @Test
    void aCurrencyThatIsNoIsoCodeIsAnUnknownCurrencyIssue() {
        assertQueuedWith(run(order().currency("EURO").build()), "UNKNOWN_CURRENCY", "'EURO'");
    }

    @Test
    void aStreetAndCityTooLongForTheLocationNameGoOnWithTheNameCutAndTheAddressWhole() {
        String street = "Großherzogin-Charlotte-von-Luxemburg-Straße 123";
        ImportedOrder order = order().shipTo(TestOrder.address("Hans Müller", street, "60311", "Frankfurt am Main",
                "DE")).build();
        OrderProcessView view = run(order);
        assertEquals(OrderState.SHIPMENT_CREATED, view.state(), view.toString());
        assertEquals(0, view.attempts(), view.toString());
        assertEquals(1, database.count("select count(*) from c_location where address1 = ?", street),
                "the street is stored whole");
        String label = database.text("select l.name from c_bpartner_location l join c_location c"
                + " on c.c_location_id = l.c_location_id where c.address1 = ?", street);
        assertEquals("Frankfurt am Main, Großherzogin-Charlotte-von-Luxemburg-Str…", label, "the label is cut to fit");
    }
}
