package org.catura.shipping.internal.watchdog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketOpened;
import org.catura.ticket.api.TicketType;
import org.catura.ticket.api.TicketTypeSetting;
import org.catura.ticket.api.Tickets;

/**
 * Opens one NO_SHIPPING_CONFIRMATION ticket (for the type's supervisor) per shipment whose
 * carrier confirmation is overdue, and remembers it on the shipment, so the next run does not
 * open it again; the confirmation closes it ({@code ConfirmationRecorder}). Two overdue shipments
 * of one order share the order's one open ticket of the type.
 */
public final class ConfirmationWatchdog implements ScheduledTask {

    static final String WHO = "shipping-watchdog";

    private final Database database;
    private final Tickets tickets;
    private final Clock clock;

    public ConfirmationWatchdog(Database database, Tickets tickets, Clock clock) {
        this.database = database;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "shipping-confirmation-watchdog";
    }

    @Override
    public long intervalSeconds() {
        return 60;
    }

    @Override
    public void run() {
        database.inTransaction(this::check);
    }

    private record Overdue(int shipmentId, long orderId, String reference, String carrier, Instant transmittedAt,
            Instant dueAt) {
    }

    /** @return the tickets opened or joined now */
    public int check(Tx tx) {
        Instant now = clock.instant();
        List<Overdue> overdue = Sql.query(tx, """
                select t.shipment_id, t.order_id, t.reference, coalesce(c.Name, t.carrier_id::text), t.transmitted_at,
                       t.confirm_due_at
                  from shipping_transmission t left join CAT_Carrier c on c.CAT_Carrier_ID = t.carrier_id
                 where t.confirmed_at is null and t.confirm_due_at < ? and t.watchdog_ticket_id is null
                 order by t.confirm_due_at for update of t skip locked""",
                rs -> new Overdue(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Sql.instant(rs, "transmitted_at"), Sql.instant(rs, "confirm_due_at")), Sql.timestamp(now));
        if (overdue.isEmpty()) {
            return 0;
        }
        String supervisor = supervisor(tx);
        for (Overdue o : overdue) {
            TicketOpened opened = tickets.open(tx, new TicketDraft(TicketType.NO_SHIPPING_CONFIRMATION,
                    "No shipping confirmation from " + o.carrier() + " for " + o.reference(),
                    "Shipment " + o.reference() + " went to " + o.carrier() + " at " + o.transmittedAt()
                            + "; its confirmation was due at " + o.dueAt() + " and has not come. Ask the carrier for"
                            + " the tracking number; this ticket closes itself when the confirmation arrives.",
                    o.orderId(), null, null, null, supervisor), WHO);
            Sql.update(tx, "update shipping_transmission set watchdog_ticket_id = ? where shipment_id = ?",
                    opened.ticket().id(), o.shipmentId());
        }
        return overdue.size();
    }

    /** The type's supervisor (CAT_TicketType), who gets the ticket; null: unassigned, as the type's row says. */
    private String supervisor(Tx tx) {
        return tickets.types(tx).stream().filter(t -> t.type() == TicketType.NO_SHIPPING_CONFIRMATION)
                .map(TicketTypeSetting::supervisor).filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
    }
}
