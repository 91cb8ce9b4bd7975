package org.catura.core.api.erp;

import java.time.LocalDate;
import java.util.List;

/**
 * M_InOut (customer shipment, delivery note).
 *
 * @param shipperName the carrier (M_Shipper.Name), null while none is chosen or the ERP adapter does not read it
 */
public record Shipment(int id, String documentNo, DocStatus status, int orderId, int bpartnerId,
        int locationId, int warehouseId, LocalDate movementDate, String trackingNo, List<ShipmentLine> lines,
        String shipperName) {

    public Shipment {
        lines = List.copyOf(lines);
    }

    /** A shipment with no carrier known (kept for the adapters written before {@code shipperName}). */
    public Shipment(int id, String documentNo, DocStatus status, int orderId, int bpartnerId, int locationId,
            int warehouseId, LocalDate movementDate, String trackingNo, List<ShipmentLine> lines) {
        this(id, documentNo, status, orderId, bpartnerId, locationId, warehouseId, movementDate, trackingNo, lines,
                null);
    }
}
