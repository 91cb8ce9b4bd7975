package org.catura.erp.adempiere.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Invoice;
import org.catura.core.api.erp.Invoices;
import org.catura.erp.adempiere.mapping.Conversions;
import org.catura.erp.adempiere.mapping.DocumentCodes;
import org.catura.erp.adempiere.mapping.Queries;
import org.catura.erp.adempiere.mapping.SalesOrderColumns;
import org.compiere.model.MInOut;
import org.compiere.model.MInOutLine;
import org.compiere.model.MInvoice;
import org.compiere.model.MInvoiceLine;
import org.compiere.model.MOrder;
import org.compiere.model.MOrderLine;

final class AdempiereInvoices implements Invoices {

    private final ErpSettings settings;

    AdempiereInvoices(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public Invoice createFromShipment(Tx tx, int shipmentId, LocalDate dateInvoiced) {
        Session s = Session.of(tx, settings);
        MInOut shipment = Session.existing(new MInOut(s.ctx, shipmentId, s.trxName), "Shipment " + shipmentId);
        String what = "Invoice for shipment " + shipment.getDocumentNo();
        if (DocumentCodes.status(shipment.getDocStatus()) != DocStatus.COMPLETED) {
            throw new ErpException(what + ": the shipment is " + shipment.getDocStatus() + ", it must be completed");
        }
        requireDate(what, dateInvoiced);
        MInOutLine[] shipped = shipment.getLines(true);
        List<MOrderLine> charges = new ArrayList<>();
        if (shipment.getC_Order_ID() > 0) {
            for (MOrderLine l : new MOrder(s.ctx, shipment.getC_Order_ID(), s.trxName).getLines(true, "Line")) {
                if (l.getC_Charge_ID() > 0 && toInvoice(l).signum() > 0) {
                    charges.add(l);
                }
            }
        }
        if (shipped.length == 0 && charges.isEmpty()) {
            throw new ErpException(what + ": nothing to invoice");
        }
        MInvoice invoice = new MInvoice(shipment, Conversions.timestamp(dateInvoiced));
        Session.save(invoice, what);
        for (MInOutLine sl : shipped) {
            MInvoiceLine line = new MInvoiceLine(invoice);
            // Copies product, price and tax from the shipment's order line.
            line.setShipLine(sl);
            line.setQtyEntered(sl.getQtyEntered());
            line.setQtyInvoiced(sl.getMovementQty());
            Session.save(line, what + " line for shipment line " + sl.getLine());
        }
        for (MOrderLine ol : charges) {
            addOrderLine(invoice, ol, what);
        }
        return recalculated(s, invoice.get_ID(), what);
    }

    @Override
    public Invoice createFromOrder(Tx tx, int orderId, LocalDate dateInvoiced) {
        Session s = Session.of(tx, settings);
        MOrder order = Session.existing(new MOrder(s.ctx, orderId, s.trxName), "Sales order " + orderId);
        String what = "Invoice for sales order " + order.getDocumentNo();
        if (DocumentCodes.status(order.getDocStatus()) != DocStatus.COMPLETED) {
            throw new ErpException(what + ": the order is " + order.getDocStatus() + ", it must be completed");
        }
        requireDate(what, dateInvoiced);
        List<MOrderLine> open = new ArrayList<>();
        for (MOrderLine l : order.getLines(true, "Line")) {
            if (toInvoice(l).signum() > 0) {
                open.add(l);
            }
        }
        if (open.isEmpty()) {
            throw new ErpException(what + ": nothing left to invoice");
        }
        MInvoice invoice = new MInvoice(order, 0, Conversions.timestamp(dateInvoiced));
        Session.save(invoice, what);
        for (MOrderLine ol : open) {
            addOrderLine(invoice, ol, what);
        }
        return recalculated(s, invoice.get_ID(), what);
    }

    @Override
    public Optional<Invoice> get(Tx tx, int invoiceId) {
        Session s = Session.of(tx, settings);
        MInvoice i = new MInvoice(s.ctx, invoiceId, s.trxName);
        return i.get_ID() > 0 && i.isSOTrx() ? Optional.of(Records.invoice(i)) : Optional.empty();
    }

    @Override
    public List<Invoice> findByOrder(Tx tx, int orderId) {
        Session s = Session.of(tx, settings);
        List<MInvoice> found = s.list(Queries.invoicesOfOrder(orderId));
        return found.stream().map(Records::invoice).toList();
    }

    @Override
    public Invoice process(Tx tx, int invoiceId, DocAction action) {
        Session s = Session.of(tx, settings);
        MInvoice invoice = Session.existing(new MInvoice(s.ctx, invoiceId, s.trxName), "Invoice " + invoiceId);
        Documents.process(invoice, "Invoice", action);
        return Records.invoice(new MInvoice(s.ctx, invoiceId, s.trxName));
    }

    private static BigDecimal toInvoice(MOrderLine l) {
        return SalesOrderColumns.open(l.getQtyOrdered(), l.getQtyInvoiced());
    }

    private static void addOrderLine(MInvoice invoice, MOrderLine ol, String what) {
        BigDecimal qty = toInvoice(ol);
        MInvoiceLine line = new MInvoiceLine(invoice);
        // Copies product or charge, price and tax from the order line.
        line.setOrderLine(ol);
        line.setQtyEntered(qty);
        line.setQtyInvoiced(qty);
        Session.save(line, what + " line for order line " + ol.getLine());
    }

    private static void requireDate(String what, LocalDate date) {
        if (date == null) {
            throw new ErpException(what + ": no invoice date");
        }
    }

    private static Invoice recalculated(Session s, int invoiceId, String what) {
        MInvoice invoice = new MInvoice(s.ctx, invoiceId, s.trxName);
        if (!invoice.calculateTaxTotal()) {
            throw new ErpException(what + ": the ERP could not calculate its taxes: "
                    + ProcessMessages.forPerson(s.ctx, invoice.getProcessMsg()));
        }
        Session.save(invoice, what);
        return Records.invoice(invoice);
    }
}
