package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.Shipment;
import org.junit.jupiter.api.Test;

/** The carrier of a shipment (M_Shipper) and moving a drafted shipment to a partner's warehouse (erp V11). */
class ShipperAndWarehouseTest extends ErpTestBase {

    @Test
    void aCarrierIsCreatedOnceByNameAndReadBack() {
        Shipment first = draftShipment();
        assertNull(first.shipperName());
        Shipment set = tx(t -> erp.shipments().setShipper(t, first.id(), "  DHL "));
        assertEquals("DHL", set.shipperName());
        assertEquals("DHL", tx(t -> erp.shipments().get(t, first.id())).orElseThrow().shipperName());
        Shipment second = draftShipment();
        tx(t -> erp.shipments().setShipper(t, second.id(), "DHL"));
        assertEquals(1, count("SELECT count(*) FROM M_Shipper WHERE Name = 'DHL'"));
        assertEquals(1, count("SELECT count(DISTINCT M_Shipper_ID) FROM M_InOut WHERE M_InOut_ID IN (?, ?)",
                first.id(), second.id()));
        assertEquals(1, count("SELECT count(*) FROM M_Shipper WHERE Name = 'DHL' AND M_Shipper_UU IS NOT NULL"
                + " AND AD_Client_ID = 1000000 AND C_BPartner_ID IS NULL"));
    }

    @Test
    void theCarrierCanBeChangedWhileDraftedAndTheListsByOrderCarryIt() {
        Shipment s = draftShipment();
        tx(t -> erp.shipments().setShipper(t, s.id(), "Carrier A " + s.id()));
        tx(t -> erp.shipments().setShipper(t, s.id(), "Carrier B " + s.id()));
        assertEquals("Carrier B " + s.id(), tx(t -> erp.shipments().findByOrder(t, s.orderId())).get(0).shipperName());
    }

    @Test
    void aCompletedClosedOrVoidedShipmentKeepsItsCarrier() {
        Shipment completed = draftShipment();
        tx(t -> erp.shipments().setShipper(t, completed.id(), "DHL"));
        tx(t -> erp.shipments().process(t, completed.id(), DocAction.COMPLETE));
        DocActionException e = assertThrows(DocActionException.class,
                () -> tx(t -> erp.shipments().setShipper(t, completed.id(), "Hermes")));
        assertTrue(e.getMessage().contains(completed.documentNo()) && e.getMessage().contains("CO"), e.getMessage());
        assertEquals("DHL", tx(t -> erp.shipments().get(t, completed.id())).orElseThrow().shipperName());
        assertEquals(0, count("SELECT count(*) FROM M_Shipper WHERE Name = 'Hermes'"));

        tx(t -> erp.shipments().process(t, completed.id(), DocAction.CLOSE));
        assertThrows(DocActionException.class, () -> tx(t -> erp.shipments().setShipper(t, completed.id(), "Hermes")));

        Shipment voided = draftShipment();
        tx(t -> erp.shipments().process(t, voided.id(), DocAction.VOID));
        assertThrows(DocActionException.class, () -> tx(t -> erp.shipments().setShipper(t, voided.id(), "Hermes")));
        assertNull(tx(t -> erp.shipments().get(t, voided.id())).orElseThrow().shipperName());
    }

    @Test
    void anEmptyOrOverlongCarrierNameIsRefused() {
        Shipment s = draftShipment();
        assertThrows(ErpException.class, () -> tx(t -> erp.shipments().setShipper(t, s.id(), " ")));
        assertThrows(ErpException.class, () -> tx(t -> erp.shipments().setShipper(t, s.id(), null)));
        ErpException e = assertThrows(ErpException.class,
                () -> tx(t -> erp.shipments().setShipper(t, s.id(), "x".repeat(61))));
        assertTrue(e.getMessage().contains("60"), e.getMessage());
        assertThrows(ErpException.class, () -> tx(t -> erp.shipments().setShipper(t, 999_999_999, "DHL")));
        assertNull(tx(t -> erp.shipments().get(t, s.id())).orElseThrow().shipperName());
    }

    @Test
    void completingAfterAMoveTakesTheStockFromTheNewWarehouse() {
        BigDecimal main = onHand("CAT-MUG-001", mainWarehouse);
        BigDecimal partner = onHand("CAT-MUG-001", thirdPartyWarehouse);
        Shipment s = draftShipment();
        Shipment moved = tx(t -> erp.shipments().moveToWarehouse(t, s.id(), thirdPartyWarehouse));
        assertEquals(thirdPartyWarehouse, moved.warehouseId());
        int partnerLocator = tx(t -> Storage.defaultLocator(t, thirdPartyWarehouse));
        assertEquals(moved.lines().size(), count("SELECT count(*) FROM M_InOutLine WHERE M_InOut_ID = ?"
                + " AND M_Locator_ID = ?", s.id(), partnerLocator));
        tx(t -> erp.shipments().process(t, s.id(), DocAction.COMPLETE));
        assertEquals(0, main.compareTo(onHand("CAT-MUG-001", mainWarehouse)));
        assertEquals(0, partner.subtract(new BigDecimal("2")).compareTo(onHand("CAT-MUG-001", thirdPartyWarehouse)));
    }

    @Test
    void onlyADraftedShipmentMoves() {
        Shipment prepared = draftShipment();
        tx(t -> erp.shipments().process(t, prepared.id(), DocAction.PREPARE));
        DocActionException e = assertThrows(DocActionException.class,
                () -> tx(t -> erp.shipments().moveToWarehouse(t, prepared.id(), thirdPartyWarehouse)));
        assertTrue(e.getMessage().contains("IP") && e.getMessage().contains("drafted"), e.getMessage());
        Shipment completed = draftShipment();
        tx(t -> erp.shipments().process(t, completed.id(), DocAction.COMPLETE));
        assertThrows(DocActionException.class,
                () -> tx(t -> erp.shipments().moveToWarehouse(t, completed.id(), thirdPartyWarehouse)));
        assertEquals(mainWarehouse, tx(t -> erp.shipments().get(t, completed.id())).orElseThrow().warehouseId());
    }

    @Test
    void anUnknownWarehouseOrOneWithoutDefaultLocatorIsRefusedAndNothingMoves() {
        Shipment s = draftShipment();
        ErpException unknown = assertThrows(ErpException.class,
                () -> tx(t -> erp.shipments().moveToWarehouse(t, s.id(), 999_999_999)));
        assertTrue(unknown.getMessage().contains("999999999"), unknown.getMessage());
        int bare = tx(t -> master.createWarehouse(t, "BARE" + unique(), "No locator")).id();
        database.execute("DELETE FROM M_Locator WHERE M_Warehouse_ID = ?", bare);
        ErpException noLocator = assertThrows(ErpException.class,
                () -> tx(t -> erp.shipments().moveToWarehouse(t, s.id(), bare)));
        assertTrue(noLocator.getMessage().contains("default locator"), noLocator.getMessage());
        Shipment unchanged = tx(t -> erp.shipments().get(t, s.id())).orElseThrow();
        assertEquals(mainWarehouse, unchanged.warehouseId());
        assertEquals(DocStatus.DRAFTED, unchanged.status());
    }

    private Shipment draftShipment() {
        SalesOrder order = completedOrder(customer("DE", "10115"));
        return tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
    }
}
