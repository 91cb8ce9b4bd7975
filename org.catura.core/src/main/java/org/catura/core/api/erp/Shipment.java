package org.catura.core.api.erp;

import java.time.LocalDate;
import java.util.List;

/** M_InOut (customer shipment, delivery note). */
public record Shipment(int id, String documentNo, DocStatus status, int orderId, int bpartnerId,
        int locationId, int warehouseId, LocalDate movementDate, String trackingNo, List<ShipmentLine> lines) {

    public Shipment {
        lines = List.copyOf(lines);
    }
}
