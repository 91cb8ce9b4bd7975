package org.catura.core.internal.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.customer.OrderCustomers;
import org.catura.core.internal.station.delivery.DeliveryNoteStation;
import org.catura.core.internal.station.release.ReleaseStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.core.testing.EffectStation;
import org.catura.core.testing.InMemoryErp;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StationChainTest {

    static TestDatabase db;
    InMemoryErp erp;
    ProcessEngine engine;
    ProcessStore store;

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
        db.execute(EffectStation.DDL);
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void start() {
        db.reset();

        erp = new InMemoryErp();
        engine = new ProcessEngine(db.database(), new ProcessSettings(2, Duration.ofMillis(10), Duration.ofMillis(10),
                10, Duration.ofMinutes(1), Duration.ofMillis(10)), "test", 1);
        engine.addStation(new CustomerStation(erp));
        engine.addStation(new SalesOrderStation(erp));
        engine.addStation(new ReleaseStation(erp));
        engine.addStation(new DeliveryNoteStation(erp));
        store = new ProcessStore(engine::workStates);
    }

    OrderProcessView run(ImportedOrder order) {
        long id = db.database().inTransaction(tx -> store.handIn(tx, order, null)).orderId();
        while (engine.runOnce() > 0) {
            // drain
        }
        return db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow();
    }

    String matchRule(long orderId) {
        return db.database().inTransaction(tx -> new OrderCustomers().find(tx, orderId)).orElseThrow().rule();
    }

    @Test
    void anOrdinaryOrderGetsACustomerACompletedOrderAndADraftShipment() {
        OrderProcessView view = run(TestOrders.order("303-1"));
        assertEquals(OrderState.SHIPMENT_CREATED, view.state());
        SalesOrder so = erp.orders.get(view.documents().get(DocumentKind.SALES_ORDER));
        assertEquals(DocStatus.COMPLETED, so.status());
        assertEquals("303-1", so.poReference());
        assertEquals(new BigDecimal("19.98"), so.grandTotal());
        assertEquals(1, erp.taxes.stream().filter(t -> t.id() == so.lines().get(0).taxId()).count());
        assertEquals(new BigDecimal("19"), erp.taxes.stream().filter(t -> t.id() == so.lines().get(0).taxId())
                .findFirst().orElseThrow().rate());
        assertEquals(DocStatus.DRAFTED, erp.shipments.get(view.documents().get(DocumentKind.SHIPMENT)).status());
        assertEquals(Integer.valueOf(so.bpartnerId()), view.documents().get(DocumentKind.BUSINESS_PARTNER));
        assertEquals("NEW", matchRule(view.orderId()));
    }

    @Test
    void aRepeatBuyerIsMatchedByEMailAndWithoutEMailByNameAndAddress() {
        OrderProcessView first = run(TestOrders.order("303-2"));
        ImportedOrder again = TestOrders.order("303-3", new Buyer("Hans Müller", "buyer-303-2@marketplace.example",
                        null, null, null), TestOrders.address("Hans Müller", "Hauptstraße 5", "10115", "Berlin", "DE"),
                ChannelOrderStatus.UNSHIPPED, TestOrders.order("x").lines());
        OrderProcessView second = run(again);
        ImportedOrder noMail = TestOrders.order("303-4", new Buyer("MÜLLER, Hans", null, null, null, null),
                TestOrders.address("Hans Mueller", "Hauptstr. 5", "10115", "Berlin", "DE"),
                ChannelOrderStatus.UNSHIPPED, TestOrders.order("x").lines());
        OrderProcessView third = run(noMail);

        int partner = first.documents().get(DocumentKind.BUSINESS_PARTNER);
        assertEquals(partner, second.documents().get(DocumentKind.BUSINESS_PARTNER));
        assertEquals("EMAIL_AND_NAME", matchRule(second.orderId()));
        assertEquals(partner, third.documents().get(DocumentKind.BUSINESS_PARTNER));
        assertEquals("NAME_AND_ADDRESS", matchRule(third.orderId()));
        assertEquals(1, erp.partners.size());
        assertEquals(1, erp.partners.get(partner).locations().size(), "the same address is not added twice");
    }

    @Test
    void aBusinessBuyerBecomesACompanyWithItsVatId() {
        ImportedOrder b2b = TestOrders.order("303-5", new Buyer("Eva Klein", "eva@b2b.example", null,
                        "Klein Bürobedarf GmbH", "DE123456789"),
                TestOrders.address("Eva Klein", "Industriestraße 9", "70565", "Stuttgart", "DE"),
                ChannelOrderStatus.UNSHIPPED, TestOrders.order("x").lines());
        OrderProcessView view = run(b2b);
        var partner = erp.partners.get(view.documents().get(DocumentKind.BUSINESS_PARTNER));
        assertTrue(partner.company());
        assertEquals("Klein Bürobedarf GmbH", partner.name());
        assertEquals("Eva Klein", partner.name2());
        assertEquals("DE123456789", partner.taxId());
    }

    @Test
    void anUnknownSkuSendsTheOrderToTheManualQueueWithTheReason() {
        ImportedOrder order = TestOrders.order("303-6", new Buyer("Anna Weber", "anna@example.org", null, null, null),
                TestOrders.address("Anna Weber", "Ring 2", "80331", "München", "DE"), ChannelOrderStatus.UNSHIPPED,
                List.of(ImportedLine.of("1", "SKU-1", "Mug", BigDecimal.ONE, new BigDecimal("9.99"),
                                new BigDecimal("1.60")),
                        ImportedLine.of("2", "NOPE-9", "Unknown thing", BigDecimal.ONE, new BigDecimal("5.00"),
                                new BigDecimal("0.80"))));
        OrderProcessView view = run(order);
        assertEquals(OrderState.MANUAL_QUEUE, view.state());
        assertEquals(DocStatus.DRAFTED, erp.orders.get(view.documents().get(DocumentKind.SALES_ORDER)).status());
        String last = db.database().inTransaction(tx -> store.timeline(tx, view.orderId())).stream()
                .reduce((a, b) -> b).orElseThrow().message();
        assertTrue(last.contains("UNKNOWN_SKU") && last.contains("NOPE-9"), last);
    }

    @Test
    void shippingIsAChargeLineWithItsOwnTaxAndTheTotalsAgree() {
        ImportedLine line = ImportedLine.of("1", "SKU-2", "Teapot", BigDecimal.ONE, new BigDecimal("29.90"),
                new BigDecimal("4.77")).withShipping(new BigDecimal("4.90"), new BigDecimal("0.78"));
        ImportedOrder order = TestOrders.order("303-7", new Buyer("Paul", "paul@example.org", null, null, null),
                TestOrders.address("Paul", "Allee 1", "01067", "Dresden", "DE"), ChannelOrderStatus.UNSHIPPED,
                List.of(line));
        OrderProcessView view = run(order);
        assertEquals(OrderState.SHIPMENT_CREATED, view.state());
        SalesOrder so = erp.orders.get(view.documents().get(DocumentKind.SALES_ORDER));
        assertEquals(2, so.lines().size());
        assertEquals(10, so.lines().get(1).chargeId());
        assertEquals(new BigDecimal("34.80"), so.grandTotal());
        assertEquals(1, erp.shipments.get(view.documents().get(DocumentKind.SHIPMENT)).lines().size(),
                "charges are not shipped");
    }

    @Test
    void aTotalThatDiffersFromTheChannelsGoesToTheManualQueue() {
        ImportedOrder base = TestOrders.order("303-8");
        ImportedOrder wrong = new ImportedOrder(base.channel(), base.externalId(), base.marketplaceId(),
                base.purchasedAt(), base.lastUpdatedAt(), base.status(), base.fulfilment(), base.buyer(),
                base.shipTo(), null, "EUR", true, new BigDecimal("25.00"), null, base.flags(), null, null, null,
                null, base.lines());
        OrderProcessView view = run(wrong);
        assertEquals(OrderState.MANUAL_QUEUE, view.state());
        assertEquals(1, db.count("select count(*) from catura_release_decision where rule_name = 'Totals differ' "
                + "and action = 'MANUAL_QUEUE' and (facts->>'totalDifference')::numeric = 5.02 and order_id = "
                + view.orderId()));
    }
}
