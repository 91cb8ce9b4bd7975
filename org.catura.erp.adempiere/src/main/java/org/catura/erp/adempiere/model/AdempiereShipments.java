package org.catura.erp.adempiere.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.Shipments;
import org.catura.erp.adempiere.mapping.Conversions;
import org.catura.erp.adempiere.mapping.DocumentCodes;
import org.catura.erp.adempiere.mapping.Queries;
import org.catura.erp.adempiere.mapping.SalesOrderColumns;
import org.compiere.model.MInOut;
import org.compiere.model.MInOutLine;
import org.compiere.model.MLocator;
import org.compiere.model.MOrder;
import org.compiere.model.MOrderLine;
import org.compiere.model.MShipper;
import org.compiere.model.MWarehouse;

final class AdempiereShipments implements Shipments {

    /** M_Shipper.Name's length in iDempiere's dictionary (FieldLength 60). */
    static final int SHIPPER_NAME_LENGTH = 60;

    private final ErpSettings settings;

    AdempiereShipments(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public Shipment createFromOrder(Tx tx, int orderId, LocalDate movementDate) {
        Session s = Session.of(tx, settings);
        MOrder order = Session.existing(new MOrder(s.ctx, orderId, s.trxName), "Sales order " + orderId);
        String what = "Shipment for sales order " + order.getDocumentNo();
        if (DocumentCodes.status(order.getDocStatus()) != DocStatus.COMPLETED) {
            throw new ErpException(what + ": the order is " + order.getDocStatus() + ", it must be completed");
        }
        if (movementDate == null) {
            throw new ErpException(what + ": no movement date");
        }
        // Work out what is left to deliver before writing anything.
        List<MOrderLine> toShip = new ArrayList<>();
        for (MOrderLine l : order.getLines(true, "Line")) {
            if (l.getM_Product_ID() > 0 && SalesOrderColumns.open(l.getQtyOrdered(), l.getQtyDelivered()).signum() > 0) {
                toShip.add(l);
            }
        }
        if (toShip.isEmpty()) {
            throw new ErpException(what + ": nothing left to deliver");
        }
        MInOut shipment = new MInOut(order, 0, Conversions.timestamp(movementDate));
        Session.save(shipment, what);
        for (MOrderLine ol : toShip) {
            BigDecimal qty = SalesOrderColumns.open(ol.getQtyOrdered(), ol.getQtyDelivered());
            MInOutLine line = new MInOutLine(shipment);
            line.setOrderLine(ol, locatorOf(s, ol.getM_Warehouse_ID(), what), qty);
            line.setQty(qty);
            Session.save(line, what + " line " + ol.getLine());
        }
        return Records.shipment(new MInOut(s.ctx, shipment.get_ID(), s.trxName));
    }

    @Override
    public Optional<Shipment> get(Tx tx, int shipmentId) {
        Session s = Session.of(tx, settings);
        MInOut io = new MInOut(s.ctx, shipmentId, s.trxName);
        return io.get_ID() > 0 && io.isSOTrx() ? Optional.of(Records.shipment(io)) : Optional.empty();
    }

    @Override
    public List<Shipment> findByOrder(Tx tx, int orderId) {
        Session s = Session.of(tx, settings);
        List<MInOut> found = s.list(Queries.shipmentsOfOrder(orderId));
        return found.stream().map(Records::shipment).toList();
    }

    @Override
    public Shipment setTrackingNo(Tx tx, int shipmentId, String trackingNo) {
        Session s = Session.of(tx, settings);
        MInOut io = Session.existing(new MInOut(s.ctx, shipmentId, s.trxName), "Shipment " + shipmentId);
        if (trackingNo == null || trackingNo.isBlank()) {
            throw new ErpException("Shipment " + io.getDocumentNo() + ": tracking number is empty");
        }
        io.setTrackingNo(trackingNo.strip());
        Session.save(io, "Shipment " + io.getDocumentNo());
        return Records.shipment(io);
    }

    @Override
    public Shipment setShipper(Tx tx, int shipmentId, String shipperName) {
        Session s = Session.of(tx, settings);
        MInOut io = Session.existing(new MInOut(s.ctx, shipmentId, s.trxName), "Shipment " + shipmentId);
        String what = "Shipment " + io.getDocumentNo();
        if (shipperName == null || shipperName.isBlank()) {
            throw new ErpException(what + ": the carrier name is empty");
        }
        String name = shipperName.strip();
        if (name.length() > SHIPPER_NAME_LENGTH) {
            throw new ErpException(what + ": carrier name \"" + name + "\" is longer than " + SHIPPER_NAME_LENGTH
                    + " characters (M_Shipper.Name)");
        }
        DocStatus status = DocumentCodes.status(io.getDocStatus());
        if (status != DocStatus.DRAFTED && status != DocStatus.IN_PROGRESS) {
            throw new DocActionException(what + " is in status " + io.getDocStatus()
                    + "; the carrier can only be set before it is completed");
        }
        io.setM_Shipper_ID(shipperId(s, name, io.getAD_Org_ID(), what));
        Session.save(io, what);
        return Records.shipment(io);
    }

    /** The carrier of that name the shipment's organisation sees, or a new one for that organisation. */
    private static int shipperId(Session s, String name, int orgId, String what) {
        List<MShipper> found = s.list(Queries.shippersByName(name, orgId));
        if (!found.isEmpty()) {
            MShipper shipper = found.get(0);
            if (!shipper.isActive()) {
                throw new ErpException(what + ": carrier " + name + " (M_Shipper " + shipper.get_ID()
                        + ") is inactive in the ERP; activate it or choose another carrier");
            }
            return shipper.get_ID();
        }
        MShipper shipper = new MShipper(s.ctx, 0, s.trxName);
        shipper.setAD_Org_ID(orgId);
        shipper.setName(name);
        Session.save(shipper, what + ": carrier " + name);
        return shipper.get_ID();
    }

    @Override
    public Shipment moveToWarehouse(Tx tx, int shipmentId, int warehouseId) {
        Session s = Session.of(tx, settings);
        MInOut io = Session.existing(new MInOut(s.ctx, shipmentId, s.trxName), "Shipment " + shipmentId);
        String what = "Shipment " + io.getDocumentNo();
        if (DocumentCodes.status(io.getDocStatus()) != DocStatus.DRAFTED) {
            throw new DocActionException(what + " is in status " + io.getDocStatus()
                    + "; only a drafted (DR) shipment can move to another warehouse");
        }
        int locatorId = locatorOf(s, warehouseId, what + " cannot move");
        io.setM_Warehouse_ID(warehouseId);
        Session.save(io, what);
        for (MInOutLine line : io.getLines(true)) {
            if (line.getM_Product_ID() > 0) {
                line.setM_Locator_ID(locatorId);
                Session.save(line, what + " line " + line.getLine());
            }
        }
        return Records.shipment(new MInOut(s.ctx, shipmentId, s.trxName));
    }

    @Override
    public Shipment process(Tx tx, int shipmentId, DocAction action) {
        Session s = Session.of(tx, settings);
        MInOut io = Session.existing(new MInOut(s.ctx, shipmentId, s.trxName), "Shipment " + shipmentId);
        Documents.process(io, "Shipment", action);
        return Records.shipment(new MInOut(s.ctx, shipmentId, s.trxName));
    }

    private static int locatorOf(Session s, int warehouseId, String what) {
        MWarehouse warehouse = Session.existing(new MWarehouse(s.ctx, warehouseId, s.trxName),
                "Warehouse " + warehouseId);
        MLocator locator = warehouse.getDefaultLocator();
        if (locator == null || locator.get_ID() <= 0) {
            throw new ErpException(what + ": warehouse " + warehouse.getValue() + " has no default locator");
        }
        return locator.get_ID();
    }
}
