package org.catura.core.api.erp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/** Customer invoices (C_Invoice with IsSOTrx=Y). */
public interface Invoices {

    /** A DR invoice for what a completed shipment delivered, plus the order's charge lines not yet invoiced. */
    Invoice createFromShipment(Tx tx, int shipmentId, LocalDate dateInvoiced);

    /** A DR invoice for everything not yet invoiced on a completed order (orders the marketplace ships). */
    Invoice createFromOrder(Tx tx, int orderId, LocalDate dateInvoiced);

    Optional<Invoice> get(Tx tx, int invoiceId);

    List<Invoice> findByOrder(Tx tx, int orderId);

    Invoice process(Tx tx, int invoiceId, DocAction action);
}
