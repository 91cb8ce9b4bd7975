package org.catura.core.api.cancel;

import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.Shipment;

/**
 * Voids a cancelled order's draft delivery note and its sales order, delivery note first (the
 * ERP will not void an order with an open shipment). A delivery note already completed means
 * goods moved: then nothing is voided and the cancellation is refused, for a person to decide.
 * Documents void already stay as they are, so cancelling twice is harmless.
 */
public final class OrderCancellation {

    private final Erp erp;

    public OrderCancellation(Erp erp) {
        this.erp = erp;
    }

    /**
     * @param deliveryNoteId the order's M_InOut_ID; null: it has none (one the ERP no longer has,
     *                       a deleted draft, is skipped too: nothing is left to void)
     * @param salesOrderId   the order's C_Order_ID; null: it has none
     * @throws ErpException when the sales order is not in the ERP or the ERP refuses to void a document
     */
    public Cancellation cancel(Tx tx, Integer deliveryNoteId, Integer salesOrderId) {
        Shipment note = deliveryNoteId == null ? null : erp.shipments().get(tx, deliveryNoteId).orElse(null);
        if (note != null && (note.status() == DocStatus.COMPLETED || note.status() == DocStatus.CLOSED)) {
            return new Cancellation.Refused(note.documentNo(), note.status());
        }
        SalesOrder so = salesOrderId == null ? null : erp.salesOrders().get(tx, salesOrderId).orElseThrow(
                () -> new ErpException("Sales order " + salesOrderId + " of the order is not in the ERP (deleted there?);"
                        + " nothing was voided"));
        boolean noteVoided = note != null && note.status() != DocStatus.VOIDED;
        if (noteVoided) {
            erp.shipments().process(tx, note.id(), DocAction.VOID);
        }
        boolean orderVoided = so != null && so.status() != DocStatus.VOIDED;
        if (orderVoided) {
            erp.salesOrders().process(tx, so.id(), DocAction.VOID);
        }
        return new Cancellation.Voided(note == null ? null : note.documentNo(), noteVoided,
                so == null ? null : so.documentNo(), orderVoided);
    }
}
