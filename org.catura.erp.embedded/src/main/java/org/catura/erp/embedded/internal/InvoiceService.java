package org.catura.erp.embedded.internal;

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
import org.catura.core.api.erp.Invoice;
import org.catura.core.api.erp.Invoices;

/** Customer invoices, from a completed shipment or from a whole completed order. */
public final class InvoiceService implements Invoices {

    private final InvoiceRepository invoices = new InvoiceRepository();

    @Override
    public Invoice createFromShipment(Tx tx, int shipmentId, LocalDate dateInvoiced) {
        requireDate(dateInvoiced);
        DocumentTable.Locked shipment = DocumentTable.SHIPMENT.lock(tx, shipmentId);
        if (shipment.status() != DocStatus.COMPLETED && shipment.status() != DocStatus.CLOSED) {
            throw new DocActionException(shipment.label() + " is in status " + shipment.status().code()
                    + "; only a completed shipment can be invoiced");
        }
        int orderId = Sql.one(tx, "SELECT C_Order_ID FROM M_InOut WHERE M_InOut_ID = ?", rs -> rs.getInt(1), shipmentId)
                .orElseThrow();
        DocumentTable.ORDER.lock(tx, orderId);
        // What the shipment line delivered and no invoice bills yet, capped by what the order line has open
        // (an order invoiced as a whole leaves nothing for its shipments).
        List<InvoiceRepository.ToInvoice> lines = new ArrayList<>(Sql.list(tx, """
                SELECT l.C_OrderLine_ID, l.M_InOutLine_ID,
                       LEAST(l.MovementQty - COALESCE((SELECT sum(il.QtyInvoiced) FROM C_InvoiceLine il
                                                         JOIN C_Invoice i ON i.C_Invoice_ID = il.C_Invoice_ID
                                                        WHERE il.M_InOutLine_ID = l.M_InOutLine_ID
                                                          AND i.DocStatus <> 'VO'), 0),
                             ol.QtyOrdered - """ + InvoiceRepository.invoicedQtySql("ol.C_OrderLine_ID") + """
                             )
                  FROM M_InOutLine l JOIN C_OrderLine ol ON ol.C_OrderLine_ID = l.C_OrderLine_ID
                 WHERE l.M_InOut_ID = ? ORDER BY l.Line
                """, InvoiceService::toInvoice, shipmentId).stream().filter(l -> l.qty().signum() > 0).toList());
        if (lines.isEmpty()) {
            throw new ErpException(shipment.label() + " is already fully invoiced");
        }
        // Freight, gift wrap, promotions: billed with the first invoice that goes out.
        lines.addAll(openLines(tx, orderId, true));
        return create(tx, orderId, dateInvoiced, lines);
    }

    @Override
    public Invoice createFromOrder(Tx tx, int orderId, LocalDate dateInvoiced) {
        requireDate(dateInvoiced);
        DocumentTable.Locked order = DocumentTable.ORDER.lock(tx, orderId);
        if (order.status() != DocStatus.COMPLETED && order.status() != DocStatus.CLOSED) {
            throw new DocActionException(order.label() + " is in status " + order.status().code()
                    + "; only a completed order can be invoiced");
        }
        List<InvoiceRepository.ToInvoice> lines = openLines(tx, orderId, false);
        if (lines.isEmpty()) {
            throw new ErpException(order.label() + " has nothing left to invoice");
        }
        return create(tx, orderId, dateInvoiced, lines);
    }

    @Override
    public Optional<Invoice> get(Tx tx, int invoiceId) {
        return invoices.load(tx, invoiceId);
    }

    @Override
    public List<Invoice> findByOrder(Tx tx, int orderId) {
        return invoices.idsByOrder(tx, orderId).stream().map(id -> load(tx, id)).toList();
    }

    @Override
    public Invoice process(Tx tx, int invoiceId, DocAction action) {
        if (action == null) {
            throw new ErpException("Document action is missing");
        }
        DocumentTable.Locked invoice = DocumentTable.INVOICE.lock(tx, invoiceId);
        if (action == DocAction.REACTIVATE) {
            throw new DocActionException(invoice.label() + ": an invoice cannot be reactivated; void it instead");
        }
        invoice.check(action);
        switch (action) {
            case PREPARE -> DocumentTable.INVOICE.setStatus(tx, invoiceId, DocStatus.IN_PROGRESS);
            case COMPLETE -> {
                for (InvoiceRepository.InvoiceLineQty l : invoices.lineQtys(tx, invoiceId)) {
                    Sql.update(tx, "UPDATE C_OrderLine SET QtyInvoiced = QtyInvoiced + ?, Updated = now() WHERE C_OrderLine_ID = ?",
                            l.qty(), l.orderLineId());
                }
                DocumentTable.INVOICE.setStatus(tx, invoiceId, DocStatus.COMPLETED);
                DocumentTaxes.INVOICE.setProcessed(tx, invoiceId, true);
                // Nothing to pay (a fully discounted order) is paid at once.
                Sql.update(tx, "UPDATE C_Invoice SET IsPaid = 'Y' WHERE C_Invoice_ID = ? AND GrandTotal = 0", invoiceId);
            }
            case CLOSE -> DocumentTable.INVOICE.setStatus(tx, invoiceId, DocStatus.CLOSED);
            case VOID -> {
                if (invoice.status() == DocStatus.COMPLETED) {
                    BigDecimal allocated = InvoiceRepository.allocated(tx, invoiceId);
                    if (allocated.signum() != 0) {
                        throw new DocActionException(invoice.label() + " cannot be voided: "
                                + allocated.toPlainString() + " of it is allocated to payments");
                    }
                    for (InvoiceRepository.InvoiceLineQty l : invoices.lineQtys(tx, invoiceId)) {
                        Sql.update(tx, "UPDATE C_OrderLine SET QtyInvoiced = QtyInvoiced - ?, Updated = now() WHERE C_OrderLine_ID = ?",
                                l.qty(), l.orderLineId());
                    }
                }
                DocumentTable.INVOICE.setStatus(tx, invoiceId, DocStatus.VOIDED);
                DocumentTaxes.INVOICE.setProcessed(tx, invoiceId, true);
                Sql.update(tx, "UPDATE C_Invoice SET IsPaid = 'N' WHERE C_Invoice_ID = ?", invoiceId);
            }
            default -> throw new IllegalStateException(action.name());
        }
        return load(tx, invoiceId);
    }

    private Invoice create(Tx tx, int orderId, LocalDate dateInvoiced, List<InvoiceRepository.ToInvoice> lines) {
        String documentNo = DocumentNumbers.nextDocumentNo(tx, ReferenceData.INVOICE);
        int invoiceId = invoices.insertHeader(tx, orderId, documentNo, ReferenceData.docTypeId(tx, ReferenceData.INVOICE),
                dateInvoiced);
        int lineNo = 0;
        for (InvoiceRepository.ToInvoice l : lines) {
            lineNo += 10;
            invoices.insertLine(tx, invoiceId, lineNo, l);
        }
        DocumentTaxes.INVOICE.recalculate(tx, invoiceId);
        return load(tx, invoiceId);
    }

    /** Order lines with quantity not yet on an invoice (voided ones aside); only charge lines if asked. */
    private static List<InvoiceRepository.ToInvoice> openLines(Tx tx, int orderId, boolean chargesOnly) {
        return Sql.list(tx, "SELECT ol.C_OrderLine_ID, 0, ol.QtyOrdered - " + InvoiceRepository.invoicedQtySql("ol.C_OrderLine_ID")
                + " FROM C_OrderLine ol WHERE ol.C_Order_ID = ?" + (chargesOnly ? " AND ol.C_Charge_ID IS NOT NULL" : "")
                + " ORDER BY ol.Line", InvoiceService::toInvoice, orderId).stream()
                .filter(l -> l.qty().signum() > 0).toList();
    }

    private static InvoiceRepository.ToInvoice toInvoice(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new InvoiceRepository.ToInvoice(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3));
    }

    private static void requireDate(LocalDate dateInvoiced) {
        if (dateInvoiced == null) {
            throw new ErpException("Invoice: the invoice date (DateInvoiced) is missing");
        }
    }

    private Invoice load(Tx tx, int invoiceId) {
        return invoices.load(tx, invoiceId).orElseThrow(() -> new ErpException("Invoice " + invoiceId + " not found"));
    }
}
