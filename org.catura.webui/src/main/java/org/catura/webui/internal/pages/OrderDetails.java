package org.catura.webui.internal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Invoice;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.ProcessEvent;
import org.catura.core.api.release.ReleaseDecision;
import org.catura.ticket.api.QueuedOrder;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketQuery;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.api.extension.OrderShippingFacts;
import org.catura.webui.internal.web.Services;

/**
 * Everything about one order, read in one transaction: process row, the order as imported,
 * timeline, ERP documents, release decisions with their facts, the customer, queue entry and
 * tickets. Used by the order page, the queue desk and the REST API.
 */
public record OrderDetails(OrderProcessView view, ImportedOrder order, List<ProcessEvent> timeline,
        List<Document> documents, List<ReleaseDecision> decisions, BusinessPartner customer, SalesOrder salesOrder,
        QueuedOrder queued, List<Ticket> tickets, List<String> customerNotes, OrderShippingFacts shipping) {

    /** One ERP document as the order page lists it. */
    public record Document(String kind, int id, String documentNo, String status, String detail) {
    }

    public static OrderDetails load(Services s, Tx tx, long orderId) {
        OrderProcessView view = s.process().view(tx, orderId).orElseThrow(() -> HttpError.notFound("Order " + orderId));
        ImportedOrder order = s.process().order(tx, orderId).orElse(null);
        List<ProcessEvent> timeline = s.process().timeline(tx, orderId);
        Erp erp = s.erp();
        List<Document> docs = new ArrayList<>();
        BusinessPartner partner = null;
        Integer bp = view.documents().get(DocumentKind.BUSINESS_PARTNER);
        if (bp != null) {
            partner = erp.businessPartners().get(tx, bp).orElse(null);
            if (partner != null) {
                docs.add(new Document("Business partner", partner.id(), partner.value(), "",
                        partner.name() + (partner.company() ? " (company)" : "")));
            }
        }
        SalesOrder so = null;
        Integer soId = view.documents().get(DocumentKind.SALES_ORDER);
        if (soId != null) {
            so = erp.salesOrders().get(tx, soId).orElse(null);
            if (so != null) {
                docs.add(new Document("Sales order", so.id(), so.documentNo(), status(so.status()),
                        "total " + so.grandTotal().toPlainString() + " " + so.currency() + ", POReference "
                                + so.poReference()));
                for (Shipment sh : erp.shipments().findByOrder(tx, so.id())) {
                    docs.add(new Document("Shipment", sh.id(), sh.documentNo(), status(sh.status()),
                            "movement date " + sh.movementDate()
                                    + (sh.trackingNo() == null ? ", no tracking yet" : ", tracking " + sh.trackingNo())));
                }
                for (Invoice inv : erp.invoices().findByOrder(tx, so.id())) {
                    docs.add(new Document("Invoice", inv.id(), inv.documentNo(), status(inv.status()),
                            "total " + inv.grandTotal().toPlainString() + " " + inv.currency()
                                    + (inv.paid() ? ", paid" : ", open " + inv.openAmt().toPlainString())));
                }
            }
        }
        Integer pay = view.documents().get(DocumentKind.PAYMENT);
        if (pay != null) {
            erp.payments().get(tx, pay).ifPresent(p -> docs.add(new Document("Payment", p.id(), p.documentNo(),
                    status(p.status()), p.amount().amount().toPlainString() + " " + p.amount().currency())));
        }
        List<ReleaseDecision> decisions = s.rules().decisions(tx, orderId);
        Optional<QueuedOrder> queued = s.queue().get(tx, orderId);
        List<Ticket> tickets = s.tickets().find(tx, TicketQuery.ofOrder(orderId));
        // The customer station says on the timeline how it matched (e-mail, name and address, new).
        List<String> notes = timeline.stream().filter(e -> e.station() != null && e.station().contains("customer"))
                .map(ProcessEvent::message).filter(m -> m != null && !m.isBlank()).toList();
        // Shipping reads in its own transaction: it sees what is committed, as the cockpit does.
        OrderShippingFacts shipping = s.shipping().get().flatMap(sh -> sh.of(orderId)).orElse(null);
        return new OrderDetails(view, order, timeline, docs, decisions, partner, so, queued.orElse(null), tickets,
                notes, shipping);
    }

    private static String status(org.catura.core.api.erp.DocStatus st) {
        return st == null ? "" : st.code();
    }
}
