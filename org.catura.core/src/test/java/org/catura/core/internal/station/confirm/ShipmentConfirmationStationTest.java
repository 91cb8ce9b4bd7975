package org.catura.core.internal.station.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.catura.core.api.channel.ChannelConnector;
import org.catura.core.api.channel.ShipmentConfirmer;
import org.catura.core.api.channel.ShippedPackage;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpParts;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Products;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.ShipmentLine;
import org.catura.core.api.erp.Shipments;
import org.catura.core.api.erp.Warehouse;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.internal.channel.ConnectorRegistry;
import org.junit.jupiter.api.Test;

/** The station on plain objects: a fake ERP with delivery notes, a fake connector writing to a fake outbox. */
class ShipmentConfirmationStationTest {

    static final int SALES_ORDER = 40;
    static final Instant PURCHASED = Instant.parse("2026-11-30T09:15:00Z");

    final ConnectorRegistry connectors = new ConnectorRegistry();
    final List<Shipment> shipments = new ArrayList<>();
    final Map<Integer, Product> products = Map.of(
            7, new Product(7, "MUG-BLUE", "Mug blue", "Each", null, null, null, null, true, 1),
            8, new Product(8, "TEA-100", "Tea", "Each", null, null, null, null, true, 1));
    final ShipmentConfirmationStation station = new ShipmentConfirmationStation(
            new ErpParts(null, new FakeProducts(), null, null, null, new FakeShipments(), null, null, null), connectors);

    final ImportedOrder order = new ImportedOrder("amazon-demo", "302-1111111-2222222", "A1PA6795UKMFR9", PURCHASED,
            PURCHASED, ChannelOrderStatus.UNSHIPPED, Fulfilment.MERCHANT, null, null, null, "EUR", true,
            new BigDecimal("40.00"), "Standard", Set.of(), null, null, null, null, List.of(
                    ImportedLine.of("item-1", "MUG-BLUE", "Mug blue", new BigDecimal("2"), new BigDecimal("20.00"),
                            BigDecimal.ZERO),
                    ImportedLine.of("item-2", "TEA-100", "Tea", new BigDecimal("1"), new BigDecimal("20.00"),
                            BigDecimal.ZERO)));

    @Test
    void anOrderWhoseChannelHasNoConnectorWaitsWithANoteInsteadOfFailing() {
        shipments.add(shipment(501, "DHL", "00340434161094042557", line(7, "2"), line(8, "1")));
        connectors.addConnector(new OtherChannels());

        StationResult result = station.process(new Context(order));

        StationResult.Wait wait = assertInstanceOf(StationResult.Wait.class, result);
        assertEquals(ShipmentConfirmationStation.RECHECK, wait.delay());
        assertTrue(wait.message().contains("No connector confirms shipments to channel amazon-demo"), wait.message());
    }

    @Test
    void theChannelsConnectorQueuesOnePackagePerDeliveryNoteAndTheOrderMovesOn() {
        shipments.add(shipment(501, "DHL", "00340434161094042557", line(7, "1")));
        shipments.add(shipment(502, "DPD", "01234567890123", line(7, "1"), line(8, "1")));
        FakeConnector connector = new FakeConnector("amazon-demo");
        connectors.addConnector(connector);

        StationResult result = station.process(new Context(order));

        StationResult.Advance advance = assertInstanceOf(StationResult.Advance.class, result);
        assertEquals(OrderState.SHIPMENT_CONFIRMED, advance.next());
        assertEquals(List.of("confirm:302-1111111-2222222:501", "confirm:302-1111111-2222222:502"), connector.outbox);
        ShippedPackage first = connector.told.get(0);
        assertEquals("DHL", first.carrier());
        assertEquals("00340434161094042557", first.trackingNumber());
        assertEquals(List.of(new ShippedPackage.Line("item-1", new BigDecimal("1"))), first.lines());
        assertEquals(List.of(new ShippedPackage.Line("item-1", new BigDecimal("1")),
                new ShippedPackage.Line("item-2", new BigDecimal("1"))), connector.told.get(1).lines());
        assertEquals(PURCHASED, first.shippedAt(), "a movement date on the purchase day is not before the purchase");
        assertTrue(advance.message().contains("DPD 01234567890123"), advance.message());
    }

    @Test
    void aPackageConfirmedBeforeIsNotQueuedTwice() {
        shipments.add(shipment(501, "DHL", "00340434161094042557", line(7, "2"), line(8, "1")));
        FakeConnector connector = new FakeConnector("amazon-demo");
        connectors.addConnector(connector);

        station.process(new Context(order));
        StationResult again = station.process(new Context(order));

        assertEquals(List.of("confirm:302-1111111-2222222:501"), connector.outbox);
        assertTrue(((StationResult.Advance) again).message().contains("queued before"));
    }

    @Test
    void aDeliveryNoteWithoutTrackingNumberWaitsForTheShippingData() {
        shipments.add(shipment(501, "DHL", null, line(7, "2")));
        FakeConnector connector = new FakeConnector("amazon-demo");
        connectors.addConnector(connector);

        StationResult.Wait wait = assertInstanceOf(StationResult.Wait.class, station.process(new Context(order)));

        assertTrue(wait.message().contains("Delivery note SH501 has no tracking number yet"), wait.message());
        assertEquals(List.of(), connector.outbox);
    }

    @Test
    void aDeliveryNoteShippingMoreThanWasOrderedIsRefusedWithItsNumbers() {
        shipments.add(shipment(501, "DHL", "00340434161094042557", line(7, "3")));
        connectors.addConnector(new FakeConnector("amazon-demo"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> station.process(new Context(order)));

        assertTrue(e.getMessage().contains("Delivery note SH501 ships 3 of SKU MUG-BLUE"), e.getMessage());
    }

    @Test
    void aVoidedDeliveryNoteIsNotConfirmed() {
        shipments.add(new Shipment(500, "SH500", DocStatus.VOIDED, SALES_ORDER, 1, 1, 1, LocalDate.of(2026, 11, 30),
                "VOID", List.of(line(7, "2")), "DHL"));
        shipments.add(shipment(501, "DHL", "00340434161094042557", line(7, "2"), line(8, "1")));
        FakeConnector connector = new FakeConnector("amazon-demo");
        connectors.addConnector(connector);

        station.process(new Context(order));

        assertEquals(List.of("confirm:302-1111111-2222222:501"), connector.outbox);
    }

    private static Shipment shipment(int id, String carrier, String tracking, ShipmentLine... lines) {
        return new Shipment(id, "SH" + id, DocStatus.COMPLETED, SALES_ORDER, 1, 1, 1, LocalDate.of(2026, 11, 30),
                tracking, List.of(lines), carrier);
    }

    private static ShipmentLine line(int productId, String qty) {
        return new ShipmentLine(productId * 10, 10, productId * 100, productId, new BigDecimal(qty));
    }

    /** A connector of another plugin: serves other channels, confirms nothing. */
    static final class OtherChannels implements ChannelConnector {
        @Override
        public boolean serves(String channel) {
            return channel.startsWith("ebay-");
        }
    }

    /** Queues into a list as the outbox would: once per idempotency key. */
    static final class FakeConnector implements ShipmentConfirmer {
        final String channel;
        final List<String> outbox = new ArrayList<>();
        final List<ShippedPackage> told = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();

        FakeConnector(String channel) {
            this.channel = channel;
        }

        @Override
        public boolean serves(String name) {
            return channel.equals(name);
        }

        @Override
        public boolean confirmShipment(Tx tx, ShippedPackage shipped) {
            told.add(shipped);
            String key = "confirm:" + shipped.externalOrderId() + ":" + shipped.packageId();
            if (!keys.add(key)) {
                return false;
            }
            outbox.add(key);
            return true;
        }
    }

    final class FakeShipments implements Shipments {
        @Override
        public List<Shipment> findByOrder(Tx tx, int orderId) {
            return shipments.stream().filter(s -> s.orderId() == orderId).toList();
        }

        @Override
        public Optional<Shipment> get(Tx tx, int shipmentId) {
            return shipments.stream().filter(s -> s.id() == shipmentId).findFirst();
        }

        @Override
        public Shipment createFromOrder(Tx tx, int orderId, LocalDate movementDate) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment setTrackingNo(Tx tx, int shipmentId, String trackingNo) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment setShipper(Tx tx, int shipmentId, String shipperName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment moveToWarehouse(Tx tx, int shipmentId, int warehouseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Shipment process(Tx tx, int shipmentId, DocAction action) {
            throw new UnsupportedOperationException();
        }
    }

    final class FakeProducts implements Products {
        @Override
        public Optional<Product> get(Tx tx, int productId) {
            return Optional.ofNullable(products.get(productId));
        }

        @Override
        public Optional<Product> findBySku(Tx tx, String sku) {
            return products.values().stream().filter(p -> p.sku().equals(sku)).findFirst();
        }

        @Override
        public List<Product> search(Tx tx, String text, int limit, int offset) {
            return products.values().stream().filter(p -> p.sku().contains(text)).skip(offset).limit(limit).toList();
        }

        @Override
        public List<Warehouse> warehouses(Tx tx) {
            return List.of();
        }

        @Override
        public BigDecimal qtyOnHand(Tx tx, int productId, int warehouseId) {
            return BigDecimal.ZERO;
        }

        @Override
        public BigDecimal qtyAvailable(Tx tx, int productId, int warehouseId) {
            return BigDecimal.ZERO;
        }
    }

    /** The one order as the engine would hand it over, linked to its sales order. */
    static final class Context implements StationContext {
        private final ImportedOrder order;
        private final List<String> notes = new ArrayList<>();

        Context(ImportedOrder order) {
            this.order = order;
        }

        @Override
        public Tx tx() {
            return new Tx() {
                @Override
                public Connection connection() {
                    throw new UnsupportedOperationException("the station needs no SQL of its own");
                }

                @Override
                public String name() {
                    return "test";
                }

                @Override
                public void afterCommit(Runnable action) {
                    throw new UnsupportedOperationException("effects go through the outbox");
                }
            };
        }

        @Override
        public long orderId() {
            return 17;
        }

        @Override
        public ImportedOrder order() {
            return order;
        }

        @Override
        public int attempts() {
            return 0;
        }

        @Override
        public Optional<Integer> document(DocumentKind kind) {
            return kind == DocumentKind.SALES_ORDER ? Optional.of(SALES_ORDER) : Optional.empty();
        }

        @Override
        public void link(DocumentKind kind, int erpId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }
    }
}
