package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.station.release.ReleaseStation;
import org.catura.core.internal.station.cancel.CancellationStation;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.delivery.DeliveryNoteStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.SpecialCase;
import org.catura.testing.EngineDriver;
import org.catura.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Imported orders on their way through the real station chain on the embedded ERP: PENDING
 * orders wait until Amazon releases them, cancellations void the ERP order or go to a person,
 * and the sandbox's prices and taxes give the ERP the same totals Amazon charged.
 */
class OrderPathTest {

    static final ProcessSettings FAST = new ProcessSettings(5, Duration.ofMillis(50), Duration.ofMillis(500), 5,
            Duration.ofMinutes(5), Duration.ofMillis(20));
    static final String CHANNEL = "amazon-eu";

    Fixture fixture;
    SpApiSandbox sandbox;
    ProcessEngine engine;
    OrderProcess process;
    Fixture.Wiring wiring;
    final MovableClock clock = MovableClock.running();

    @BeforeEach
    void start() throws Exception {
        fixture = Fixture.withErpDemo();
        Erp erp = new ErpComponent(fixture.database);
        engine = new ProcessEngine(fixture.database, FAST, "test", 2);
        List.of(new CustomerStation(erp), new SalesOrderStation(erp), new ReleaseStation(erp),
                new DeliveryNoteStation(erp), new CancellationStation(erp)).forEach(engine::addStation);
        process = Fixture.process(engine::workStates);
        sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false), clock).start();
        wiring = fixture.wire(new AesGcmSecrets(new byte[32]), process, clock, 50, ImportObserver.NONE);
        wiring.channels().save(Fixture.channel(CHANNEL, sandbox).withImportSince(clock.instant().minus(Duration.ofHours(6))),
                Fixture.secrets(sandbox));
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
        fixture.close();
    }

    /** Runs the station chain until no order has work left. */
    void runChain() {
        new EngineDriver(fixture.database, engine, process).runUntilIdle();
    }

    ImportReport importNow() {
        ImportReport report = wiring.imports().runNow(CHANNEL);
        assertEquals(ImportReport.Outcome.COMPLETED, report.outcome(), report.message());
        return report;
    }

    String state(String amazonOrderId) {
        return fixture.text("select p.state from catura_process p join catura_order o on o.order_id = p.order_id "
                + "where o.channel = ? and o.external_id = ?", CHANNEL, amazonOrderId);
    }

    String docStatus(String amazonOrderId) {
        return fixture.text("select docstatus from c_order where poreference = ?", amazonOrderId);
    }

    String plainOrder() {
        return sandbox.orders().place(clock.instant().minus(Duration.ofHours(1)), EnumSet.noneOf(SpecialCase.class));
    }

    /** Lets Amazon's two minutes pass, so a change made just now falls into the next window. */
    void laterOn() {
        clock.advance(Duration.ofMinutes(3));
    }

    @Test
    void generatedOrdersReachTheErpWithTheTotalAmazonCharged() throws Exception {
        Instant now = clock.instant();
        List<String> ids = sandbox.orders().generate(60, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
        assertEquals(60, importNow().created());
        runChain();

        assertEquals(0, fixture.count("select count(*) from catura_order_issue where code = 'NO_TAX_RATE'"),
                "every line's tax is the ship-to country's rate");
        long salesOrders = fixture.count("select count(*) from c_order");
        assertTrue(salesOrders >= 45, "most orders got a sales order, got " + salesOrders);
        assertEquals(0, fixture.count("""
                select count(*) from catura_process p join catura_order o on o.order_id = p.order_id
                  join c_order c on c.c_order_id = p.sales_order_id
                 where c.grandtotal <> (o.order_json->>'orderTotal')::numeric
                   and not exists (select 1 from catura_order_issue i where i.order_id = p.order_id
                                    and i.code = 'UNKNOWN_SKU')"""), "the ERP's recalculated total equals Amazon's");
        long unknown = fixture.count("select count(distinct order_id) from catura_order_issue where code = 'UNKNOWN_SKU'");
        long withUnknownSku = ids.stream().filter(id -> sandbox.orders().json(id).orElseThrow().path("orderItems")
                .findValuesAsText("sellerSku").stream().anyMatch(sku -> !isErpSku(sku))).count();
        assertEquals(withUnknownSku, unknown, "exactly the orders with a SKU the ERP lacks are flagged");
        assertEquals(0, fixture.count("select count(*) from catura_process where state in ('RECEIVED', "
                + "'CUSTOMER_READY', 'ORDER_ENTERED', 'RELEASED')"), "nothing stuck half-way");
        long fba = ids.stream().filter(id -> "AMAZON".equals(sandbox.orders().json(id).orElseThrow()
                .at("/fulfillment/fulfilledBy").asText())).count();
        assertTrue(fba > 0, "the mix has FBA orders");
        assertEquals(fba, fixture.count("select count(*) from catura_process where state = 'SHIPMENT_CONFIRMED'")
                + fixture.count("""
                        select count(*) from catura_process p join catura_order o on o.order_id = p.order_id
                         where p.state = 'MANUAL_QUEUE' and o.order_json->>'fulfilment' = 'CHANNEL'"""),
                "FBA orders go from release straight to invoicing (or wait for a person)");
    }

    static boolean isErpSku(String sku) {
        return Set.of("CAT-MUG-001", "CAT-MUG-002", "CAT-TEE-001", "CAT-HOOD-001", "CAT-BOOK-001", "CAT-CAP-001",
                "CAT-LAMP-001", "CAT-KETTLE-001", "CAT-POT-001", "CAT-RUG-001", "CAT-CHAIR-001", "CAT-DESK-001")
                .contains(sku);
    }

    @Test
    void aPendingOrderWaitsAndIsProcessedOnceAmazonReleasesIt() throws Exception {
        // bought five minutes ago: the sandbox would authorise the payment after ten
        String id = sandbox.orders().place(clock.instant().minus(Duration.ofMinutes(5)), EnumSet.of(SpecialCase.PENDING));
        importNow();
        runChain();
        assertEquals("WAITING_AT_CHANNEL", state(id));
        assertEquals(0, fixture.count("select count(*) from c_order where poreference = ?", id), "no ERP order yet");

        sandbox.orders().release(id);
        laterOn();
        ImportReport report = importNow();
        assertEquals(1, report.updated());
        runChain();

        assertEquals("SHIPMENT_CREATED", state(id));
        assertEquals(1, fixture.count("select count(*) from c_order where poreference = ?", id), "one sales order");
        assertEquals("CO", docStatus(id));
        assertEquals(1, fixture.count("select count(*) from m_inout"));
    }

    @Test
    void cancelledBeforeShippingTheSalesOrderIsVoided() throws Exception {
        String id = plainOrder();
        importNow();
        runChain();
        assertEquals("SHIPMENT_CREATED", state(id));
        assertEquals("CO", docStatus(id));

        sandbox.orders().cancel(id, "Cancelled by Amazon: payment declined");
        laterOn();
        assertEquals(1, importNow().updated());
        runChain();

        assertEquals("CANCELLED", state(id));
        assertEquals("VO", docStatus(id), "the ERP order is voided");
        assertEquals("VO", fixture.text("select docstatus from m_inout"), "and its delivery note");
    }

    @Test
    void cancelledAfterShippingGoesToAPerson() throws Exception {
        String id = plainOrder();
        importNow();
        runChain();
        long orderId = fixture.count("select order_id from catura_order where external_id = ?", id);
        fixture.database.inTransaction(tx -> {
            process.moveTo(tx, orderId, OrderState.TRANSMITTED, "carrier", "handed to the carrier");
            return null;
        });

        sandbox.orders().cancel(id, "Cancelled by Amazon");
        laterOn();
        assertEquals(1, importNow().updated());
        runChain();

        assertEquals("MANUAL_QUEUE", state(id));
        assertEquals(1, fixture.count("select count(*) from catura_order_issue where order_id = ? "
                + "and code = 'CANCELLED_AFTER_SHIPPING'", orderId));
        assertEquals("CO", docStatus(id), "nothing voided behind the person's back");
    }
}
