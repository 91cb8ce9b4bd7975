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

    /** Completing a shipment moves stock and updates the order lines' delivered quantity. */
    Shipment process(Tx tx, int shipmentId, DocAction action);
}
