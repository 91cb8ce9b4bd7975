package org.catura.shipping.internal.confirmation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.ShipmentLine;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationResult.Outcome;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ConfirmedParcel;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.shipping.api.ShippingReferences;
import org.catura.shipping.internal.confirmation.ReturnChannels.ReturnChannel;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;
import org.catura.ticket.api.Tickets;

/**
 * Records a carrier's confirmation against what was transmitted: first time, the parcels, the
 * delivery note's tracking number and completion, confirmed_at, TRANSMITTED → SHIPPED and the
 * watchdog's ticket closed; told again, a duplicate; a later tracking number for a known parcel,
 * an update passed on to the delivery note (and named on the timeline when the channel was told
 * the old one already); anything else a rejection with a ticket, changing nothing recorded.
 */
public final class ConfirmationRecorder implements ShippingConfirmations {

    static final String WHO = "shipping";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Erp erp;
    private final OrderProcess process;
    private final Tickets tickets;
    private final ReturnChannels carriers;
    private final Clock clock;

    public ConfirmationRecorder(Erp erp, OrderProcess process, Tickets tickets, ReturnChannels carriers, Clock clock) {
        this.erp = erp;
        this.process = process;
        this.tickets = tickets;
        this.carriers = carriers;
        this.clock = clock;
    }

    /** What was sent for a shipment (shipping_transmission). */
    record Transmission(int shipmentId, long orderId, int carrierId, String reference, Instant confirmedAt,
            Long watchdogTicketId, String externalId) {
    }

    /** A parcel recorded before. */
    record Parcel(long parcelId, int parcelNo, String trackingNo) {
    }

    @Override
    public ConfirmationResult record(Tx tx, CarrierConfirmation c) {
        Optional<ReturnChannel> carrier = carriers.find(tx, c.carrier());
        if (carrier.isEmpty()) {
            return rejected(tx, c, null, null, "No carrier '" + c.carrier() + "' is configured");
        }
        Optional<Transmission> found = transmission(tx, c);
        if (found.isEmpty()) {
            return rejected(tx, c, null, null, "Unknown shipment: " + describe(c)
                    + " was never transmitted to a carrier");
        }
        Transmission t = found.get();
        String problem = contradiction(tx, c, carrier.get(), t);
        if (problem != null) {
            return rejected(tx, c, t.orderId(), t.shipmentId(), problem);
        }
        return t.confirmedAt() == null ? first(tx, c, carrier.get(), t) : again(tx, c, t);
    }

    @Override
    public ConfirmationResult reject(Tx tx, String carrier, ConfirmationSource source, String rawName, byte[] raw,
            String reason) {
        CarrierConfirmation c = new CarrierConfirmation(carrier, null, null, null, List.of(), source, rawName, raw);
        return rejected(tx, c, null, null, reason);
    }

    private ConfirmationResult first(Tx tx, CarrierConfirmation c, ReturnChannel carrier, Transmission t) {
        Shipment shipment = erp.shipments().get(tx, t.shipmentId())
                .orElseThrow(() -> new IllegalStateException("Delivery note " + t.shipmentId() + " is gone from the ERP"));
        Instant shippedAt = c.shippedAt() == null ? clock.instant() : c.shippedAt();
        List<String> numbers = c.parcels().stream().map(ConfirmedParcel::trackingNo).toList();
        String message = "Shipment " + t.reference() + " (" + shipment.documentNo() + ") confirmed by "
                + carrier.name() + ": " + c.parcels().size() + (c.parcels().size() == 1 ? " parcel, " : " parcels, ")
                + String.join(", ", numbers);
        long messageId = message(tx, c, Outcome.RECORDED, message, t.orderId(), t.shipmentId());
        int no = 1;
        for (ConfirmedParcel p : c.parcels()) {
            Sql.update(tx, """
                    insert into shipping_parcel (shipment_id, order_id, parcel_no, carrier, tracking_no,
                                                 replaced_tracking_no, weight_kg, shipped_at, lines, message_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", t.shipmentId(), t.orderId(), no++,
                    carrier.carrier(), p.trackingNo(), Sql.text(p.replacesTrackingNo()), number(p.weightKg()),
                    Sql.timestamp(shippedAt), lines(p), messageId);
        }
        erp.shipments().setTrackingNo(tx, t.shipmentId(), numbers.get(0));
        if (shipment.status() != DocStatus.COMPLETED) {
            erp.shipments().process(tx, t.shipmentId(), DocAction.COMPLETE);
        }
        Sql.update(tx, "update shipping_transmission set confirmed_at = ? where shipment_id = ?",
                Sql.timestamp(clock.instant()), t.shipmentId());
        OrderState state = process.view(tx, t.orderId()).map(OrderProcessView::state).orElseThrow();
        if (state == OrderState.TRANSMITTED && allConfirmed(tx, t.orderId())) {
            process.moveTo(tx, t.orderId(), OrderState.TRANSMITTED, OrderState.SHIPPED, WHO, message);
        } else {
            process.note(tx, t.orderId(), WHO, message);
        }
        closeWatchdog(tx, t, "Confirmed by " + carrier.name() + ": " + String.join(", ", numbers));
        return new ConfirmationResult(Outcome.RECORDED, t.orderId(), message);
    }

    /** Told before: the same parcels (a duplicate) or later numbers for known parcels (an update). */
    private ConfirmationResult again(Tx tx, CarrierConfirmation c, Transmission t) {
        Map<String, Parcel> recorded = new LinkedHashMap<>();
        parcels(tx, t.shipmentId()).forEach(p -> recorded.put(p.trackingNo(), p));
        List<String> changes = new ArrayList<>();
        Map<Parcel, ConfirmedParcel> replacements = new LinkedHashMap<>();
        for (ConfirmedParcel p : c.parcels()) {
            if (recorded.containsKey(p.trackingNo())) {
                continue;
            }
            Parcel old = p.replacesTrackingNo() == null ? null : recorded.get(p.replacesTrackingNo());
            if (old == null) {
                String detail = p.replacesTrackingNo() == null
                        ? "names parcel " + p.trackingNo() + ", which is not among those recorded ("
                                + String.join(", ", recorded.keySet()) + ")"
                        : "replaces tracking number " + p.replacesTrackingNo() + ", which is not recorded ("
                                + String.join(", ", recorded.keySet()) + ")";
                return rejected(tx, c, t.orderId(), t.shipmentId(), "Shipment " + t.reference()
                        + " was confirmed before; this confirmation " + detail + ". Nothing was changed");
            }
            replacements.put(old, p);
            changes.add(old.trackingNo() + " → " + p.trackingNo());
        }
        if (replacements.isEmpty()) {
            String message = "Shipment " + t.reference() + " was confirmed before with the same tracking numbers; "
                    + "nothing changed";
            message(tx, c, Outcome.DUPLICATE, message, t.orderId(), t.shipmentId());
            return new ConfirmationResult(Outcome.DUPLICATE, t.orderId(), message);
        }
        String message = "Tracking number of shipment " + t.reference() + " replaced by the carrier: "
                + String.join(", ", changes);
        long messageId = message(tx, c, Outcome.UPDATED, message, t.orderId(), t.shipmentId());
        for (Map.Entry<Parcel, ConfirmedParcel> e : replacements.entrySet()) {
            Sql.update(tx, """
                    update shipping_parcel set tracking_no = ?, replaced_tracking_no = ?, message_id = ?,
                           weight_kg = coalesce(?, weight_kg)
                     where parcel_id = ?""", e.getValue().trackingNo(), e.getKey().trackingNo(), messageId,
                    number(e.getValue().weightKg()), e.getKey().parcelId());
        }
        Shipment shipment = erp.shipments().get(tx, t.shipmentId()).orElseThrow();
        String firstNo = parcels(tx, t.shipmentId()).get(0).trackingNo();
        String told = shipment.trackingNo();
        if (!firstNo.equals(told)) {
            erp.shipments().setTrackingNo(tx, t.shipmentId(), firstNo);
        }
        OrderState state = process.view(tx, t.orderId()).map(OrderProcessView::state).orElseThrow();
        if (channelWasTold(state)) {
            // The channel has the old number: say so where the clerk looks; Amazon takes no second confirmation.
            process.note(tx, t.orderId(), WHO, message + ". The channel was told " + told + " for "
                    + shipment.documentNo() + "; the delivery note, the cockpit and the tracking link now show "
                    + firstNo + " (tell the channel by hand if the buyer needs the new number)");
        } else {
            process.note(tx, t.orderId(), WHO, message + "; the channel will be told " + firstNo);
        }
        return new ConfirmationResult(Outcome.UPDATED, t.orderId(), message);
    }

    private static boolean channelWasTold(OrderState state) {
        return state == OrderState.SHIPMENT_CONFIRMED || state == OrderState.INVOICED || state == OrderState.DONE;
    }

    /** Why the confirmation cannot be for this shipment, or null. */
    private String contradiction(Tx tx, CarrierConfirmation c, ReturnChannel carrier, Transmission t) {
        if (t.carrierId() != carrier.carrierId()) {
            String sentTo = carriers.get(tx, t.carrierId()).map(ReturnChannel::name).orElse("carrier " + t.carrierId());
            return "Shipment " + t.reference() + " went to " + sentTo + ", but " + carrier.name() + " confirmed it";
        }
        if (c.orderReference() != null && !c.orderReference().equalsIgnoreCase(t.externalId())) {
            return "Shipment " + t.reference() + " belongs to order " + t.externalId() + ", but the confirmation names "
                    + c.orderReference();
        }
        if (c.parcels().isEmpty()) {
            return "The confirmation of " + t.reference() + " has no parcel (no tracking number)";
        }
        Pattern pattern = pattern(carrier.trackingNoPattern());
        Map<String, BigDecimal> shipped = new HashMap<>();
        for (ConfirmedParcel p : c.parcels()) {
            if (pattern != null && !pattern.matcher(p.trackingNo()).matches()) {
                return "Tracking number " + p.trackingNo() + " does not look like one of " + carrier.name()
                        + " (" + carrier.trackingNoPattern() + ")";
            }
            p.lines().forEach(l -> shipped.merge(l.sku(), l.quantity(), BigDecimal::add));
        }
        if (!shipped.isEmpty()) {
            Map<String, BigDecimal> onNote = new HashMap<>();
            Shipment s = erp.shipments().get(tx, t.shipmentId()).orElse(null);
            if (s != null) {
                for (ShipmentLine l : s.lines()) {
                    String sku = erp.products().get(tx, l.productId()).map(Product::sku).orElse("#" + l.productId());
                    onNote.merge(sku, l.movementQty(), BigDecimal::add);
                }
            }
            for (Map.Entry<String, BigDecimal> e : shipped.entrySet()) {
                BigDecimal have = onNote.get(e.getKey());
                if (have == null) {
                    return "The confirmation of " + t.reference() + " names " + e.getKey()
                            + ", which is not on the delivery note";
                }
                if (e.getValue().compareTo(have) > 0) {
                    return "The confirmation of " + t.reference() + " names " + e.getValue().toPlainString() + " × "
                            + e.getKey() + ", the delivery note has " + have.stripTrailingZeros().toPlainString();
                }
            }
        }
        return null;
    }

    private static Pattern pattern(String p) {
        if (p == null || p.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(p.strip());
        } catch (PatternSyntaxException e) {
            return null; // a broken pattern is the catalogue's error; it does not stop confirmations
        }
    }

    private Optional<Transmission> transmission(Tx tx, CarrierConfirmation c) {
        String select = """
                select shipment_id, order_id, carrier_id, reference, confirmed_at, watchdog_ticket_id
                  from shipping_transmission""";
        if (c.reference() != null) {
            OptionalInt id = ShippingReferences.shipmentId(c.reference());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            return Sql.one(tx, select + " where shipment_id = ? for update", rs -> transmission(tx, rs), id.getAsInt());
        }
        if (c.orderReference() == null) {
            return Optional.empty();
        }
        // the order by the channel's id, through core's API (core owns its tables)
        String ref = c.orderReference().strip();
        List<Long> orders = process.search(tx, org.catura.core.api.process.OrderQuery.all().containing(ref)
                .page(0, 20)).stream().filter(v -> v.externalId().equals(ref)).map(v -> v.orderId()).toList();
        if (orders.size() != 1) {
            return Optional.empty();
        }
        List<Transmission> all = Sql.query(tx, select + " where order_id = ? for update", rs -> transmission(tx, rs),
                orders.get(0));
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    private Transmission transmission(Tx tx, java.sql.ResultSet rs) throws java.sql.SQLException {
        long orderId = rs.getLong(2);
        String externalId = process.order(tx, orderId).map(o -> o.externalId()).orElse(null);
        return new Transmission(rs.getInt(1), orderId, rs.getInt(3), rs.getString(4), Sql.instant(rs, "confirmed_at"),
                Sql.longValue(rs, "watchdog_ticket_id"), externalId);
    }

    private static List<Parcel> parcels(Tx tx, int shipmentId) {
        return Sql.query(tx, "select parcel_id, parcel_no, tracking_no from shipping_parcel where shipment_id = ?"
                + " order by parcel_no", rs -> new Parcel(rs.getLong(1), rs.getInt(2), rs.getString(3)), shipmentId);
    }

    private static boolean allConfirmed(Tx tx, long orderId) {
        return Sql.one(tx, "select count(*) from shipping_transmission where order_id = ? and confirmed_at is null",
                rs -> rs.getLong(1), orderId).orElse(0L) == 0;
    }

    private void closeWatchdog(Tx tx, Transmission t, String comment) {
        if (t.watchdogTicketId() == null) {
            return;
        }
        boolean othersOpen = Sql.one(tx, """
                select count(*) from shipping_transmission
                 where watchdog_ticket_id = ? and confirmed_at is null and shipment_id <> ?""",
                rs -> rs.getLong(1), t.watchdogTicketId(), t.shipmentId()).orElse(0L) > 0;
        Optional<Ticket> ticket = tickets.get(tx, t.watchdogTicketId());
        if (!othersOpen && ticket.isPresent() && ticket.get().status() != TicketStatus.CLOSED) {
            tickets.close(tx, t.watchdogTicketId(), WHO, comment);
        }
    }

    private ConfirmationResult rejected(Tx tx, CarrierConfirmation c, Long orderId, Integer shipmentId, String reason) {
        String message = reason + ". Nothing was recorded from it"
                + (c.rawName() == null ? "" : " (" + CarrierNames.printable(c.rawName()) + ")");
        message(tx, c, Outcome.REJECTED, message, orderId, shipmentId);
        String summary = "Carrier message from " + c.carrier() + " rejected: " + shorten(reason);
        tickets.open(tx, new TicketDraft(TicketType.CARRIER_MESSAGE_REJECTED, summary, message + "\nSource: "
                + c.source() + "\nThe message is kept in shipping_message.", orderId, null, null, null,
                supervisor(tx, TicketType.CARRIER_MESSAGE_REJECTED)), WHO);
        return new ConfirmationResult(Outcome.REJECTED, orderId, message);
    }

    /** The type's supervisor (CAT_TicketType), who gets the ticket; null: unassigned. */
    private String supervisor(Tx tx, TicketType type) {
        return tickets.types(tx).stream().filter(t -> t.type() == type).map(t -> t.supervisor())
                .filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
    }

    private long message(Tx tx, CarrierConfirmation c, Outcome outcome, String detail, Long orderId,
            Integer shipmentId) {
        return Sql.one(tx, """
                insert into shipping_message (carrier, source, raw_name, received_at, content, content_hash, outcome,
                                              detail, order_id, shipment_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning message_id""", rs -> rs.getLong(1),
                shorten(c.carrier(), 40), c.source().name(), Sql.text(c.rawName() == null ? null : shorten(c.rawName(), 500)),
                Sql.timestamp(clock.instant()), c.raw(), sha256(c.raw()), outcome.name(), detail,
                orderId == null ? new Sql.TypedNull(java.sql.Types.BIGINT) : orderId,
                shipmentId == null ? new Sql.TypedNull(java.sql.Types.INTEGER) : shipmentId).orElseThrow();
    }

    private static Object number(BigDecimal n) {
        return n == null ? new Sql.TypedNull(java.sql.Types.NUMERIC) : n;
    }

    private static String lines(ConfirmedParcel p) {
        ArrayNode a = JSON.createArrayNode();
        p.lines().forEach(l -> a.addObject().put("sku", l.sku()).put("quantity", l.quantity()));
        return a.toString();
    }

    private static String describe(CarrierConfirmation c) {
        return c.reference() != null ? "reference " + c.reference() : c.orderReference() != null
                ? "order " + c.orderReference() : "a confirmation without reference";
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String s) {
        return shorten(s, 200);
    }

    private static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    /** File names and subjects from outside, printable. */
    static final class CarrierNames {
        private CarrierNames() {
        }

        static String printable(String s) {
            String t = s.replaceAll("\\p{Cntrl}", "?");
            return t.length() > 200 ? t.substring(0, 199) + "…" : t;
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
