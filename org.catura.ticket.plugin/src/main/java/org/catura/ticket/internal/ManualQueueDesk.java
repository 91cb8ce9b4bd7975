package org.catura.ticket.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.catura.core.api.cancel.Cancellation;
import org.catura.core.api.cancel.OrderCancellation;
import org.catura.core.api.db.Tx;
import org.catura.core.api.db.Sql;
import org.catura.core.api.customer.PartnerAddressing;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.OrderLine;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.process.ChosenCustomer;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessListener;
import org.catura.core.api.process.ProcessMovedException;
import org.catura.core.api.process.Transition;
import org.catura.ticket.api.Claim;
import org.catura.ticket.api.ClaimRefusedException;
import org.catura.ticket.api.ManualQueue;
import org.catura.ticket.api.OrderMovedException;
import org.catura.ticket.api.QueuedOrder;
import org.catura.ticket.api.ShipToChange;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketActionKind;
import org.catura.ticket.api.TicketException;
import org.catura.ticket.api.TicketStatus;

/**
 * {@link ManualQueue}: the clerk's desk. Every step is written to the order's open ticket. As a
 * {@link ProcessListener} it opens a ticket when an order enters the manual queue or is parked and
 * closes it when the order leaves, in the transition's transaction. Where the holder moves the
 * order at this desk, the desk closes the ticket with its own lines first, so the transition finds
 * nothing left to close.
 */
public class ManualQueueDesk implements ManualQueue, ProcessListener {

    private static final int LIST_LIMIT = 1000;

    private final OrderProcess process;
    private final Erp erp;
    private final TicketStore tickets;
    private final QueueTickets queueTickets;
    private final QueueReader queue;
    private final CustomerCorrection customers;

    public ManualQueueDesk(OrderProcess process, Erp erp, TicketSettings settings) {
        this(process, erp, settings, new TicketObservers());
    }

    /** Telling {@code observers} of the tickets it opens and closes. */
    public ManualQueueDesk(OrderProcess process, Erp erp, TicketSettings settings, TicketObservers observers) {
        this.process = Objects.requireNonNull(process, "process");
        this.erp = Objects.requireNonNull(erp, "erp");
        this.tickets = new TicketStore(settings, observers);
        this.queue = new QueueReader(process);
        this.queueTickets = new QueueTickets(tickets, queue);
        this.customers = new CustomerCorrection(erp, process);
    }

    @Override
    public void onTransition(Tx tx, Transition transition) {
        if (!transition.waitedBefore() && !transition.waitsAfter()) {
            return;
        }
        queueTickets.follow(tx, transition.orderId(), transition.to(), transition.parked());
    }

    @Override
    public List<QueuedOrder> list(Tx tx) {
        return queue.list(tx, LIST_LIMIT);
    }

    @Override
    public Optional<QueuedOrder> get(Tx tx, long orderId) {
        return queue.get(tx, orderId);
    }

    @Override
    public Claim claim(Tx tx, long orderId, String clerk) {
        String who = TicketStore.person(clerk, "claim order " + orderId);
        QueuedOrder order = requireWaiting(tx, orderId, "claim");
        // The primary key decides: of two clerks inserting at once, the second waits and then finds the row.
        Optional<Claim> mine = Sql.one(tx, """
                insert into catura_ticket_claim (order_id, holder) values (?, ?)
                on conflict (order_id) do nothing returning order_id, holder, claimed_at""", ClaimRow::claim,
                orderId, who);
        if (mine.isEmpty()) {
            Claim held = currentClaim(tx, orderId).orElseThrow(() -> new TicketException(
                    "Order " + order.externalId() + " was just released by its holder; claim it again"));
            if (held.holder().equals(who)) {
                return held;
            }
            throw new ClaimRefusedException(orderId, held.holder(), held.claimedAt(), "Order " + order.externalId()
                    + " is held by " + held.holder() + " since " + held.claimedAt() + "; ask " + held.holder()
                    + " to release it");
        }
        Ticket ticket = queueTickets.ensure(tx, order);
        tickets.action(tx, ticket.id(), who, TicketActionKind.CLAIMED, "holder", null, who, null);
        tickets.assign(tx, ticket.id(), who, who, "Claimed");
        if (ticket.status() == TicketStatus.OPEN) {
            tickets.changeStatus(tx, ticket.id(), TicketStatus.IN_PROGRESS, who, "Claimed");
        }
        return mine.get();
    }

    @Override
    public void release(Tx tx, long orderId, String clerk) {
        String who = TicketStore.person(clerk, "release order " + orderId);
        QueuedOrder order = requireWaiting(tx, orderId, "release");
        requireHolder(tx, order, who, "release");
        Sql.update(tx, "delete from catura_ticket_claim where order_id = ?", orderId);
        Ticket ticket = queueTickets.ensure(tx, order);
        tickets.action(tx, ticket.id(), who, TicketActionKind.UNCLAIMED, "holder", who, null, null);
    }

    @Override
    public OrderState backToAutomation(Tx tx, long orderId, String clerk, String comment, OrderState seen) {
        String who = TicketStore.person(clerk, "send order " + orderId + " back to automation");
        QueuedOrder order = requireSeen(tx, orderId, seen, "send back to automation");
        requireHolder(tx, order, who, "send it back to automation");
        OrderState next = order.continueAt();
        String note = "Back to automation" + (TicketStore.blankToNull(comment) == null ? "" : ": " + comment.strip());
        finish(tx, order, who, TicketActionKind.BACK_TO_AUTOMATION, next, comment);
        process.moveTo(tx, orderId, order.state(), next, who, note);
        return next;
    }

    @Override
    public void cancel(Tx tx, long orderId, String clerk, String reason, OrderState seen) {
        String who = TicketStore.person(clerk, "cancel order " + orderId);
        if (reason == null || reason.isBlank()) {
            throw new TicketException("Cancelling order " + orderId + " needs a reason");
        }
        QueuedOrder order = requireSeen(tx, orderId, seen, "cancel");
        requireHolder(tx, order, who, "cancel it");
        OrderProcessView view = process.view(tx, orderId).orElseThrow();
        Cancellation done;
        try {
            done = new OrderCancellation(erp).cancel(tx, view.documents().get(DocumentKind.SHIPMENT),
                    view.documents().get(DocumentKind.SALES_ORDER));
        } catch (ErpException e) {
            throw new TicketException("Order " + order.externalId() + " cannot be cancelled: " + e.getMessage(), e);
        }
        if (done instanceof Cancellation.Refused refused) {
            throw new TicketException("Order " + order.externalId() + " cannot be cancelled here: its shipment "
                    + refused.deliveryNoteNo() + " is " + refused.deliveryNoteStatus().name().toLowerCase()
                    + "; the goods may have left (open a CANCEL_AFTER_SHIPPING ticket)");
        }
        String salesOrderNo = ((Cancellation.Voided) done).salesOrderNo();
        String voided = salesOrderNo == null ? "" : "; sales order " + salesOrderNo + " voided";
        finish(tx, order, who, TicketActionKind.CANCELLED, OrderState.CANCELLED, reason.strip() + voided);
        process.moveTo(tx, orderId, order.state(), OrderState.CANCELLED, who, "Cancelled: " + reason.strip() + voided);
    }

    @Override
    public SalesOrder changeShipTo(Tx tx, long orderId, String clerk, ShipToChange change) {
        String who = TicketStore.person(clerk, "change the ship-to address of order " + orderId);
        Location loc = change == null ? null : change.location();
        if (loc == null) {
            throw new TicketException("Order " + orderId + ": the new ship-to address is missing");
        }
        requireText(orderId, "street (address line 1)", loc.address1());
        requireText(orderId, "city", loc.city());
        requireText(orderId, "country code", loc.countryCode());
        if (!loc.countryCode().strip().matches("[A-Za-z]{2}")) {
            throw new TicketException("Order " + orderId + ": country code '" + loc.countryCode()
                    + "' is not an ISO 3166 alpha-2 code (e.g. DE)");
        }
        QueuedOrder order = requireWaiting(tx, orderId, "correct");
        requireHolder(tx, order, who, "correct it");
        if (order.salesOrderId() == null) {
            correctImportedAddress(tx, order, who, change);
            return null;
        }
        SalesOrder so = editableSalesOrder(tx, order, "change the ship-to address");
        String old = describeLocation(tx, so.bpartnerId(), so.shipLocationId());
        int locationId;
        SalesOrder changed;
        try {
            locationId = erp.businessPartners().addLocation(tx, so.bpartnerId(), change.name(), loc, true, false,
                    change.phone());
            changed = erp.salesOrders().changeShipTo(tx, so.id(), locationId);
        } catch (ErpException e) {
            throw new TicketException("Order " + order.externalId() + ": the ship-to address was not changed: "
                    + e.getMessage(), e);
        }
        correction(tx, order, who, "ship-to address", old, "#" + locationId + " " + format(loc), null);
        return changed;
    }

    /**
     * Before the sales order exists the stations still read the imported order, so the correction
     * goes there; a customer already entered is pointed at a location of the corrected address.
     */
    private void correctImportedAddress(Tx tx, QueuedOrder order, String who, ShipToChange change) {
        ImportedOrder imported = process.order(tx, order.orderId()).orElseThrow(() -> new TicketException(
                "There is no order " + order.orderId()));
        PostalAddress before = imported.deliveryAddress();
        Location loc = change.location();
        PostalAddress after = new PostalAddress(TicketStore.blankToNull(change.name()),
                loc.address4() != null ? loc.address4() : before == null ? null : before.companyName(),
                loc.address1().strip(), TicketStore.blankToNull(loc.address2()), TicketStore.blankToNull(loc.address3()),
                loc.city().strip(), before == null ? null : before.districtOrCounty(),
                TicketStore.blankToNull(loc.region()), TicketStore.blankToNull(loc.postal()),
                loc.countryCode().strip().toUpperCase(Locale.ROOT), TicketStore.blankToNull(change.phone()),
                before == null ? null : before.addressType());
        process.correctDeliveryAddress(tx, order.orderId(), after, who);
        String now = format(PartnerAddressing.location(after));
        if (order.bpartnerId() != null) {
            BusinessPartner partner = erp.businessPartners().get(tx, order.bpartnerId()).orElseThrow(
                    () -> new TicketException("Order " + order.externalId() + ": its business partner "
                            + order.bpartnerId() + " is not in the ERP"));
            CustomerCorrection.Choice choice = customers.choose(tx, order.orderId(), null, partner);
            process.chooseCustomer(tx, order.orderId(), choice.customer(), who, "ship-to address corrected");
            now = choice.shipTo();
        }
        correction(tx, order, who, "delivery address (imported, no sales order yet)",
                before == null ? "(none)" : format(PartnerAddressing.location(before)), now, null);
    }

    @Override
    public SalesOrder replaceLines(Tx tx, long orderId, String clerk, List<OrderLineDraft> lines) {
        String who = TicketStore.person(clerk, "replace the lines of order " + orderId);
        if (lines == null || lines.isEmpty()) {
            throw new TicketException("Order " + orderId + ": give at least one line (to drop the order, cancel it)");
        }
        for (int i = 0; i < lines.size(); i++) {
            OrderLineDraft l = lines.get(i);
            if (l == null || (l.productId() <= 0) == (l.chargeId() <= 0)) {
                throw new TicketException("Order " + orderId + ", line " + (i + 1)
                        + ": a line is either a product or a charge");
            }
            if (l.qty() == null || l.qty().signum() <= 0) {
                throw new TicketException("Order " + orderId + ", line " + (i + 1) + ": quantity must be above zero, was "
                        + l.qty());
            }
            if (l.price() == null) {
                throw new TicketException("Order " + orderId + ", line " + (i + 1) + ": the price is missing");
            }
        }
        QueuedOrder order = requireWaiting(tx, orderId, "correct");
        requireHolder(tx, order, who, "correct it");
        SalesOrder so = editableSalesOrder(tx, order, "replace its lines");
        String old = so.lines().stream().map(ManualQueueDesk::format).collect(Collectors.joining("; "))
                + " = " + so.grandTotal() + " " + so.currency();
        SalesOrder changed;
        try {
            changed = erp.salesOrders().replaceLines(tx, so.id(), lines);
        } catch (ErpException e) {
            throw new TicketException("Order " + order.externalId() + ": the lines were not replaced: "
                    + e.getMessage(), e);
        }
        String now = changed.lines().stream().map(ManualQueueDesk::format).collect(Collectors.joining("; "))
                + " = " + changed.grandTotal() + " " + changed.currency();
        correction(tx, order, who, "lines", old, now, null);
        return changed;
    }

    @Override
    public void chooseCustomer(Tx tx, long orderId, String clerk, int bpartnerId, String reason) {
        String who = TicketStore.person(clerk, "choose the customer of order " + orderId);
        QueuedOrder order = requireWaiting(tx, orderId, "correct");
        requireHolder(tx, order, who, "correct it");
        BusinessPartner chosen = erp.businessPartners().get(tx, bpartnerId).orElseThrow(() -> new TicketException(
                "Order " + order.externalId() + ": there is no business partner " + bpartnerId));
        Integer before = order.bpartnerId();
        if (before == null) {
            // The customer station would match again over the choice when the order goes back.
            throw new TicketException("Order " + order.externalId() + " has no customer yet (the customer station"
                    + " has not matched one): send it back to automation first");
        }
        if (before == bpartnerId) {
            throw new TicketException("Order " + order.externalId() + " already belongs to business partner "
                    + describePartner(chosen));
        }
        SalesOrder so = order.salesOrderId() == null ? null
                : editableSalesOrder(tx, order, "move it to another customer");
        CustomerCorrection.Choice choice = customers.choose(tx, orderId, so, chosen);
        ChosenCustomer c = choice.customer();
        if (so != null) {
            try {
                erp.salesOrders().changeBusinessPartner(tx, so.id(), c.bpartnerId(), c.shipLocationId(),
                        c.billLocationId(), c.contactId());
            } catch (ErpException e) {
                throw new TicketException("Order " + order.externalId() + ": the customer was not changed: "
                        + e.getMessage(), e);
            }
        }
        process.chooseCustomer(tx, orderId, c, who, TicketStore.blankToNull(reason));
        String old = erp.businessPartners().get(tx, before).map(ManualQueueDesk::describePartner)
                .orElse("#" + before);
        Ticket ticket = queueTickets.ensure(tx, order);
        tickets.changeBusinessPartner(tx, ticket.id(), bpartnerId);
        tickets.action(tx, ticket.id(), who, TicketActionKind.CORRECTION, "customer", old,
                describePartner(chosen) + ", ship-to " + choice.shipTo(), TicketStore.blankToNull(reason));
    }

    @Override
    public void comment(Tx tx, long orderId, String who, String text) {
        String by = TicketStore.person(who, "comment on order " + orderId);
        QueuedOrder order = requireWaiting(tx, orderId, "comment on");
        tickets.comment(tx, queueTickets.ensure(tx, order).id(), by, text);
    }

    /** Closes the order's open tickets as it leaves the queue by the holder's hand, and ends the claim. */
    private void finish(Tx tx, QueuedOrder order, String who, TicketActionKind kind, OrderState to, String comment) {
        for (Ticket t : tickets.openTickets(tx, order.orderId())) {
            if (t.type() == QueueTickets.typeOf(order) || kind == TicketActionKind.CANCELLED) {
                tickets.action(tx, t.id(), who, kind, "order state", order.state().name()
                        + (order.parked() ? " (parked)" : ""), to.name(), TicketStore.blankToNull(comment));
                tickets.closeLocked(tx, t, who, null);
            }
        }
        Sql.update(tx, "delete from catura_ticket_claim where order_id = ?", order.orderId());
    }

    private void correction(Tx tx, QueuedOrder order, String who, String field, String old, String now,
            String comment) {
        Ticket ticket = queueTickets.ensure(tx, order);
        tickets.action(tx, ticket.id(), who, TicketActionKind.CORRECTION, field, old, now, comment);
    }

    /**
     * The order as the clerk saw it ({@code seen}; null: as it is now), its process row locked until
     * the decision commits: the channel's update (a cancellation) waits for the clerk's decision, or
     * the clerk's decision, coming second, is refused with what the channel did. The process row is
     * locked before the claim, in the order the channel's update takes them.
     */
    private QueuedOrder requireSeen(Tx tx, long orderId, OrderState seen, String what) {
        try {
            if (seen != null) {
                process.lockAt(tx, orderId, seen);
            }
            QueuedOrder order = requireWaiting(tx, orderId, what);
            if (seen == null) {
                process.lockAt(tx, orderId, order.state());
            }
            return order;
        } catch (ProcessMovedException e) {
            throw new OrderMovedException(e);
        }
    }

    private QueuedOrder requireWaiting(Tx tx, long orderId, String what) {
        Optional<QueuedOrder> order = queue.get(tx, orderId);
        if (order.isPresent()) {
            return order.get();
        }
        String state = queue.stateOf(tx, orderId).orElseThrow(() -> new TicketException("There is no order "
                + orderId));
        throw new TicketException("Cannot " + what + " order " + orderId + ": it does not wait for a person, it is at "
                + state);
    }

    private void requireHolder(Tx tx, QueuedOrder order, String who, String what) {
        // Locking the claim row keeps a release by the holder from slipping between check and change.
        Optional<Claim> claim = Sql.one(tx, "select order_id, holder, claimed_at from catura_ticket_claim"
                + " where order_id = ? for update", ClaimRow::claim, order.orderId());
        if (claim.isEmpty()) {
            throw new ClaimRefusedException(order.orderId(), null, null, "Order " + order.externalId()
                    + " is not claimed: claim it before you " + what);
        }
        if (!claim.get().holder().equals(who)) {
            throw new ClaimRefusedException(order.orderId(), claim.get().holder(), claim.get().claimedAt(),
                    "Order " + order.externalId() + " is held by " + claim.get().holder() + "; only "
                            + claim.get().holder() + " may " + what);
        }
    }

    private static void requireText(long orderId, String what, String value) {
        if (value == null || value.isBlank()) {
            throw new TicketException("Order " + orderId + ": the new ship-to address needs a " + what);
        }
    }

    private Optional<Claim> currentClaim(Tx tx, long orderId) {
        return Sql.one(tx, "select order_id, holder, claimed_at from catura_ticket_claim where order_id = ?",
                ClaimRow::claim, orderId);
    }

    private SalesOrder editableSalesOrder(Tx tx, QueuedOrder order, String what) {
        if (order.salesOrderId() == null) {
            throw new TicketException("Order " + order.externalId() + " has no sales order yet: cannot " + what);
        }
        SalesOrder so = erp.salesOrders().get(tx, order.salesOrderId()).orElseThrow(() -> new TicketException(
                "Order " + order.externalId() + ": its sales order " + order.salesOrderId() + " is not in the ERP"));
        if (!so.status().isEditable()) {
            throw new TicketException("Order " + order.externalId() + ": sales order " + so.documentNo() + " is "
                    + so.status().name().toLowerCase() + " (" + so.status().code() + "); cannot " + what);
        }
        return so;
    }

    private String describeLocation(Tx tx, int bpartnerId, int locationId) {
        return erp.businessPartners().get(tx, bpartnerId).flatMap(bp -> bp.locations().stream()
                        .filter(l -> l.id() == locationId).findFirst())
                .map(l -> "#" + l.id() + " " + format(l.location())).orElse("#" + locationId);
    }

    static String format(Location l) {
        return java.util.stream.Stream.of(l.address1(), l.address2(), l.address3(), l.address4(),
                        join(l.postal(), l.city()), l.region(), l.countryCode())
                .filter(s -> s != null && !s.isBlank()).map(String::strip).collect(Collectors.joining(", "));
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a.strip()) + " " + (b == null ? "" : b.strip())).strip();
    }

    private static String format(OrderLine l) {
        String what = l.productId() > 0 ? "product " + l.productId() : "charge " + l.chargeId();
        return plain(l.qtyOrdered()) + " × " + what + (l.description() == null ? "" : " '" + l.description() + "'")
                + " at " + plain(l.priceEntered());
    }

    private static String plain(BigDecimal d) {
        return d == null ? "?" : d.stripTrailingZeros().toPlainString();
    }

    private static String describePartner(BusinessPartner bp) {
        return "#" + bp.id() + " " + bp.value() + " " + bp.name();
    }

    private static final class ClaimRow {
        static Claim claim(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new Claim(rs.getLong("order_id"), rs.getString("holder"), Sql.instant(rs, "claimed_at"));
        }
    }
}
