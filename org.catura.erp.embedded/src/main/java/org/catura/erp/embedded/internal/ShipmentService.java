package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.ShipmentLine;
import org.catura.core.api.erp.Shipments;

/** Customer shipments: created from a completed order, completing moves the stock. */
public final class ShipmentService implements Shipments {

    /** M_Shipper.Name's length in iDempiere's dictionary and in erp V11. */
    static final int SHIPPER_NAME_LENGTH = 60;

    private final ShipmentRepository shipments = new ShipmentRepository();
    private final FlowNumbers numbers;
    private final ReferenceCache cache;
    private final ProductRepository products;

    ShipmentService(FlowNumbers numbers, ReferenceCache cache) {
        this.numbers = numbers;
        this.cache = cache;
        this.products = new ProductRepository(cache);
    }

    @Override
    public Shipment createFromOrder(Tx tx, int orderId, LocalDate movementDate) {
        if (movementDate == null) {
            throw new ErpException("Shipment: the movement date is missing");
        }
        record LockedOrder(DocumentTable.Locked order, int warehouseId) {
        }
        LockedOrder locked = Sql.one(tx, "SELECT DocumentNo, DocStatus, M_Warehouse_ID FROM C_Order WHERE C_Order_ID = ? FOR UPDATE",
                rs -> new LockedOrder(new DocumentTable.Locked(DocumentTable.ORDER, orderId, rs.getString(1),
                        DocStatus.ofCode(rs.getString(2).strip())), rs.getInt(3)), orderId)
                .orElseThrow(() -> new ErpException(DocumentTable.ORDER.label() + " " + orderId + " does not exist"));
        DocumentTable.Locked order = locked.order();
        if (order.status() != DocStatus.COMPLETED) {
            throw new DocActionException(order.label() + " is in status " + order.status().code()
                    + "; a shipment can only be created for a completed (CO) order");
        }
        record Open(int orderLineId, int productId, int uomId, BigDecimal qty) {
        }
        // Undelivered = ordered less what any shipment not voided (drafted ones too) already covers.
        List<Open> open = Sql.list(tx, """
                SELECT ol.C_OrderLine_ID, ol.M_Product_ID, ol.C_UOM_ID,
                       ol.QtyOrdered - COALESCE((SELECT sum(il.MovementQty) FROM M_InOutLine il
                                                   JOIN M_InOut io ON io.M_InOut_ID = il.M_InOut_ID
                                                  WHERE il.C_OrderLine_ID = ol.C_OrderLine_ID
                                                    AND io.DocStatus <> 'VO'), 0)
                  FROM C_OrderLine ol
                 WHERE ol.C_Order_ID = ? AND ol.M_Product_ID IS NOT NULL
                 ORDER BY ol.Line
                """, rs -> new Open(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4)), orderId).stream()
                .filter(o -> o.qty().signum() > 0).toList();
        if (open.isEmpty()) {
            throw new ErpException(order.label() + " has nothing left to deliver: every product line is on a shipment");
        }
        int locatorId = products.defaultLocator(tx, locked.warehouseId());
        String documentNo = numbers.nextDocumentNo(tx, ReferenceData.SHIPMENT);
        Shipment header = shipments.insertHeader(tx, orderId, documentNo, cache.get("doctype", ReferenceData.SHIPMENT,
                () -> ReferenceData.docTypeId(tx, ReferenceData.SHIPMENT)), movementDate);
        List<ShipmentRepository.NewLine> lines = new ArrayList<>();
        int lineNo = 0;
        for (Open o : open) {
            lineNo += 10;
            lines.add(new ShipmentRepository.NewLine(lineNo, o.orderLineId(), o.productId(), o.uomId(), o.qty()));
        }
        List<ShipmentLine> written = shipments.insertLines(tx, header.id(), locatorId, lines);
        return new Shipment(header.id(), header.documentNo(), header.status(), header.orderId(), header.bpartnerId(),
                header.locationId(), header.warehouseId(), header.movementDate(), header.trackingNo(), written);
    }

    @Override
    public Optional<Shipment> get(Tx tx, int shipmentId) {
        return shipments.load(tx, shipmentId);
    }

    @Override
    public List<Shipment> findByOrder(Tx tx, int orderId) {
        return shipments.idsByOrder(tx, orderId).stream().map(id -> load(tx, id)).toList();
    }

    @Override
    public Shipment setTrackingNo(Tx tx, int shipmentId, String trackingNo) {
        DocumentTable.Locked shipment = DocumentTable.SHIPMENT.lock(tx, shipmentId);
        if (trackingNo == null || trackingNo.isBlank()) {
            throw new ErpException(shipment.label() + ": tracking number is empty");
        }
        if (shipment.status() == DocStatus.VOIDED) {
            throw new DocActionException(shipment.label() + " is voided; a tracking number cannot be set on it");
        }
        Sql.update(tx, "UPDATE M_InOut SET TrackingNo = ?, Updated = now() WHERE M_InOut_ID = ?", trackingNo.strip(),
                shipmentId);
        return load(tx, shipmentId);
    }

    @Override
    public Shipment setShipper(Tx tx, int shipmentId, String shipperName) {
        DocumentTable.Locked shipment = DocumentTable.SHIPMENT.lock(tx, shipmentId);
        if (shipperName == null || shipperName.isBlank()) {
            throw new ErpException(shipment.label() + ": the carrier name is empty");
        }
        String name = shipperName.strip();
        if (name.length() > SHIPPER_NAME_LENGTH) {
            throw new ErpException(shipment.label() + ": carrier name \"" + name + "\" is longer than "
                    + SHIPPER_NAME_LENGTH + " characters (M_Shipper.Name)");
        }
        if (shipment.status() != DocStatus.DRAFTED && shipment.status() != DocStatus.IN_PROGRESS) {
            throw new DocActionException(shipment.label() + " is in status " + shipment.status().code()
                    + "; the carrier can only be set before it is completed");
        }
        ShipmentRepository.Owner owner = shipments.ownerOf(tx, shipmentId);
        shipments.setShipper(tx, shipmentId, shipments.shipperId(tx, owner.clientId(), owner.orgId(), name));
        return load(tx, shipmentId);
    }

    @Override
    public Shipment moveToWarehouse(Tx tx, int shipmentId, int warehouseId) {
        DocumentTable.Locked shipment = DocumentTable.SHIPMENT.lock(tx, shipmentId);
        if (shipment.status() != DocStatus.DRAFTED) {
            throw new DocActionException(shipment.label() + " is in status " + shipment.status().code()
                    + "; only a drafted (DR) shipment can move to another warehouse");
        }
        boolean exists = Sql.one(tx, "SELECT 1 FROM M_Warehouse WHERE M_Warehouse_ID = ? AND IsActive = 'Y'",
                rs -> true, warehouseId).orElse(false);
        if (!exists) {
            throw new ErpException(shipment.label() + " cannot move: warehouse " + warehouseId
                    + " does not exist or is inactive");
        }
        int locatorId;
        try {
            locatorId = Storage.defaultLocator(tx, warehouseId);
        } catch (ErpException e) {
            throw new ErpException(shipment.label() + " cannot move: " + e.getMessage(), e);
        }
        shipments.moveTo(tx, shipmentId, warehouseId, locatorId);
        return load(tx, shipmentId);
    }

    @Override
    public Shipment process(Tx tx, int shipmentId, DocAction action) {
        if (action == null) {
            throw new ErpException("Document action is missing");
        }
        DocumentTable.Locked shipment = DocumentTable.SHIPMENT.lock(tx, shipmentId);
        if (action == DocAction.REACTIVATE) {
            // As in iDempiere: a shipment that moved stock is reversed by voiding, never reopened.
            throw new DocActionException(shipment.label() + ": a shipment cannot be reactivated; void it instead");
        }
        shipment.check(action);
        int orderId = shipments.orderOf(tx, shipmentId);
        switch (action) {
            case PREPARE -> DocumentTable.SHIPMENT.setStatus(tx, shipmentId, DocStatus.IN_PROGRESS);
            case COMPLETE -> complete(tx, shipment, orderId);
            case CLOSE -> DocumentTable.SHIPMENT.setStatus(tx, shipmentId, DocStatus.CLOSED);
            case VOID -> voidIt(tx, shipment, orderId);
            default -> throw new IllegalStateException(action.name());
        }
        return load(tx, shipmentId);
    }

    private void complete(Tx tx, DocumentTable.Locked shipment, int orderId) {
        DocumentTable.Locked order = DocumentTable.ORDER.lock(tx, orderId);
        if (order.status() != DocStatus.COMPLETED && order.status() != DocStatus.CLOSED) {
            throw new DocActionException(shipment.label() + " cannot be completed: " + order.label()
                    + " is in status " + order.status().code() + ", not completed");
        }
        List<ShipmentRepository.StockLine> lines = shipments.stockLines(tx, shipment.id());
        checkStock(tx, shipment, lines);
        for (ShipmentRepository.StockLine l : lines) {
            if (l.stocked()) {
                Storage.addOnHand(tx, l.productId(), l.locatorId(), l.qty().negate());
            }
            Sql.update(tx, "UPDATE C_OrderLine SET QtyDelivered = QtyDelivered + ?, Updated = now() WHERE C_OrderLine_ID = ?",
                    l.qty(), l.orderLineId());
        }
        Sql.update(tx, "UPDATE M_InOutLine SET Processed = 'Y', Updated = now() WHERE M_InOut_ID = ?", shipment.id());
        DocumentTable.SHIPMENT.setStatus(tx, shipment.id(), DocStatus.COMPLETED);
        Reservations.resync(tx, orderId);
    }

    /** All shortages at once, before anything moves, so a refusal writes nothing. */
    private static void checkStock(Tx tx, DocumentTable.Locked shipment, List<ShipmentRepository.StockLine> lines) {
        record Key(int productId, int locatorId, String sku) {
        }
        Map<Key, BigDecimal> needed = new LinkedHashMap<>();
        for (ShipmentRepository.StockLine l : lines) {
            if (l.stocked()) {
                needed.merge(new Key(l.productId(), l.locatorId(), l.sku()), l.qty(), BigDecimal::add);
            }
        }
        List<String> shortages = new ArrayList<>();
        for (Map.Entry<Key, BigDecimal> e : needed.entrySet()) {
            Key k = e.getKey();
            boolean negativeAllowed = Sql.one(tx, """
                    SELECT w.IsDisallowNegativeInv FROM M_Locator l JOIN M_Warehouse w ON w.M_Warehouse_ID = l.M_Warehouse_ID
                     WHERE l.M_Locator_ID = ?
                    """, rs -> "N".equals(rs.getString(1)), k.locatorId()).orElse(false);
            BigDecimal onHand = Storage.onHandAtLocator(tx, k.productId(), k.locatorId());
            if (!negativeAllowed && onHand.compareTo(e.getValue()) < 0) {
                shortages.add(k.sku() + " (on hand " + onHand.stripTrailingZeros().toPlainString() + ", needed "
                        + e.getValue().stripTrailingZeros().toPlainString() + ")");
            }
        }
        if (!shortages.isEmpty()) {
            throw new ErpException(shipment.label() + " cannot be completed, not enough stock: "
                    + String.join(", ", shortages));
        }
    }

    private void voidIt(Tx tx, DocumentTable.Locked shipment, int orderId) {
        if (shipment.status() == DocStatus.COMPLETED) {
            List<String> invoices = Sql.list(tx, """
                    SELECT DISTINCT i.DocumentNo FROM C_Invoice i
                      JOIN C_InvoiceLine il ON il.C_Invoice_ID = i.C_Invoice_ID
                      JOIN M_InOutLine l ON l.M_InOutLine_ID = il.M_InOutLine_ID
                     WHERE l.M_InOut_ID = ? AND i.DocStatus <> 'VO'
                    """, rs -> rs.getString(1), shipment.id());
            if (!invoices.isEmpty()) {
                throw new DocActionException(shipment.label() + " cannot be voided while invoice "
                        + String.join(", ", invoices) + " bills it; void the invoice first");
            }
            DocumentTable.ORDER.lock(tx, orderId);
            for (ShipmentRepository.StockLine l : shipments.stockLines(tx, shipment.id())) {
                if (l.stocked()) {
                    Storage.addOnHand(tx, l.productId(), l.locatorId(), l.qty());
                }
                Sql.update(tx, "UPDATE C_OrderLine SET QtyDelivered = QtyDelivered - ?, Updated = now() WHERE C_OrderLine_ID = ?",
                        l.qty(), l.orderLineId());
            }
        }
        Sql.update(tx, "UPDATE M_InOutLine SET Processed = 'Y', Updated = now() WHERE M_InOut_ID = ?", shipment.id());
        DocumentTable.SHIPMENT.setStatus(tx, shipment.id(), DocStatus.VOIDED);
        Reservations.resync(tx, orderId);
    }

    private Shipment load(Tx tx, int shipmentId) {
        return shipments.load(tx, shipmentId).orElseThrow(() -> new ErpException("Shipment " + shipmentId + " not found"));
    }
}
