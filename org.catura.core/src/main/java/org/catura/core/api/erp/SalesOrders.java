package org.catura.core.api.erp;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/** Sales orders (C_Order with IsSOTrx=Y). */
public interface SalesOrders {

    /** Creates the order in DR with document number, line amounts, taxes and totals computed. */
    SalesOrder create(Tx tx, SalesOrderDraft draft);

    Optional<SalesOrder> get(Tx tx, int orderId);

    List<SalesOrder> findByPoReference(Tx tx, String poReference);

    /** Replaces all lines of an editable order and recomputes its totals. */
    SalesOrder replaceLines(Tx tx, int orderId, List<OrderLineDraft> lines);

    /** Changes the ship-to location of an editable order. */
    SalesOrder changeShipTo(Tx tx, int orderId, int shipLocationId);

    /**
     * Moves an editable order to another business partner: its ship-to and bill-to locations and
     * contact ({@code contactId} 0: none) must be the new partner's. A completed, closed or voided
     * order is refused with an {@link ErpException} naming it and its status.
     */
    SalesOrder changeBusinessPartner(Tx tx, int orderId, int bpartnerId, int shipLocationId, int billLocationId,
            int contactId);

    /** Runs a document action; throws {@link DocActionException} when the status does not allow it. */
    SalesOrder process(Tx tx, int orderId, DocAction action);
}
