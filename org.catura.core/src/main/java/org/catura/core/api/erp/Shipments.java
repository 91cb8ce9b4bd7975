package org.catura.core.api.erp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/** Customer shipments (M_InOut with IsSOTrx=Y). */
public interface Shipments {

    /** Creates a DR shipment for every product line's undelivered quantity of a completed order. */
    Shipment createFromOrder(Tx tx, int orderId, LocalDate movementDate);

    Optional<Shipment> get(Tx tx, int shipmentId);

    List<Shipment> findByOrder(Tx tx, int orderId);

    Shipment setTrackingNo(Tx tx, int shipmentId, String trackingNo);

    /**
     * Sets the carrier of a shipment not yet completed: M_Shipper by name, created (for the
     * shipment's organisation) when the ERP has none of that name; {@link Shipment#shipperName()}
     * reads it back.
     *
     * @throws DocActionException when the shipment is completed, closed or voided
     */
    Shipment setShipper(Tx tx, int shipmentId, String shipperName);

    /**
     * Moves a drafted shipment to another warehouse, every line to that warehouse's default
     * locator: a fulfilment partner ships from its own stock.
     *
     * @throws DocActionException when the shipment is not drafted
     * @throws ErpException when the warehouse does not exist or has no default locator
     */
    Shipment moveToWarehouse(Tx tx, int shipmentId, int warehouseId);

    /** Completing a shipment moves stock and updates the order lines' delivered quantity. */
    Shipment process(Tx tx, int shipmentId, DocAction action);
}
