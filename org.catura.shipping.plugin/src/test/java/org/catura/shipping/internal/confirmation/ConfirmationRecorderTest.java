package org.catura.shipping.internal.confirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.catura.core.api.process.OrderState;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationResult.Outcome;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.internal.watchdog.ConfirmationWatchdog;
import org.junit.jupiter.api.Test;

/** Confirmation files recorded on the embedded ERP: good, duplicate, unknown, contradicting, replaced later. */
class ConfirmationRecorderTest extends ShippingTestBase {

    List<ConfirmationResult> recordCsv(String carrier, String csv) throws MalformedConfirmationException {
        List<CarrierConfirmation> all = ConfirmationCsv.parse(carrier, ConfirmationSource.FOLDER, "answer.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        return tx(t -> all.stream().map(c -> recorder.record(t, c)).toList());
    }

    static String csv(String... rows) {
        return ConfirmationCsv.HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    @Test
    void aGoodFileCompletesTheDeliveryNoteAndShipsTheOrderWithEveryParcel() throws Exception {
        Shipped s = transmittedOrder(3, carrierId, clock.instant().plus(Duration.ofHours(8)));
        List<ConfirmationResult> r = recordCsv(CARRIER, csv(
                s.reference() + ";" + s.externalId() + ";003404341601;;2026-12-02T10:15:00Z;CAT-MUG-001;2;1.1",
                s.reference() + ";" + s.externalId() + ";003404341602;;2026-12-02T10:15:00Z;CAT-MUG-001;1;0.6"));

        assertEquals(Outcome.RECORDED, r.get(0).outcome(), r.get(0).message());
        assertEquals("SHIPPED", state(s.orderId()));
        assertEquals("CO", text("select docstatus from m_inout where m_inout_id = ?", s.shipmentId()));
        assertEquals("003404341601", text("select trackingno from m_inout where m_inout_id = ?", s.shipmentId()));
        assertEquals(2, count("select count(*) from shipping_parcel where shipment_id = ?", s.shipmentId()));
        assertEquals("[{\"sku\": \"CAT-MUG-001\", \"quantity\": 1}]",
                text("select lines::text from shipping_parcel where parcel_no = 2"));
        assertEquals(1, count("select count(*) from shipping_transmission where confirmed_at is not null"));
        assertEquals(1, count("select count(*) from shipping_message where outcome = 'RECORDED' and shipment_id = ?"
                + " and convert_from(content, 'UTF8') like '%003404341602%'", s.shipmentId()));
        assertEquals(0, count("select count(*) from catura_ticket"));
    }

    @Test
    void theSameFileAgainIsADuplicateAndChangesNothing() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        String file = csv(s.reference() + ";;003404341601;;2026-12-02;;;");
        assertEquals(Outcome.RECORDED, recordCsv(CARRIER, file).get(0).outcome());
        String before = text("select string_agg(parcel_id || tracking_no || shipped_at, ',') from shipping_parcel");

        ConfirmationResult again = recordCsv(CARRIER, file).get(0);

        assertEquals(Outcome.DUPLICATE, again.outcome(), again.message());
        assertEquals(before, text("select string_agg(parcel_id || tracking_no || shipped_at, ',') from shipping_parcel"));
        assertEquals(1, count("select count(*) from shipping_message where outcome = 'DUPLICATE'"));
        assertEquals(0, count("select count(*) from catura_ticket"), "a duplicate is no one's problem");
    }

    @Test
    void anUnknownReferenceIsRejectedWithATicketAndNothingRecorded() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        ConfirmationResult r = recordCsv(CARRIER, csv("CAT-9999999;;003404341601;;;;;")).get(0);

        assertEquals(Outcome.REJECTED, r.outcome());
        assertTrue(r.message().contains("Unknown shipment: reference CAT-9999999"), r.message());
        assertEquals("TRANSMITTED", state(s.orderId()));
        assertEquals(0, count("select count(*) from shipping_parcel"));
        assertEquals(1, count("select count(*) from catura_ticket where type = 'CARRIER_MESSAGE_REJECTED'"
                + " and status = 'OPEN' and summary like '%parcelco%'"));
        assertEquals(1, count("select count(*) from shipping_message where outcome = 'REJECTED' and order_id is null"));
    }

    @Test
    void aConfirmationFromAnotherCarrierOrWithAnAlienNumberIsAContradiction() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        ConfirmationResult other = recordCsv(OTHER_CARRIER, csv(s.reference() + ";;X1;;;;;")).get(0);
        ConfirmationResult pattern = recordCsv(CARRIER, csv(s.reference() + ";;ABC;;;;;")).get(0);
        ConfirmationResult tooMany = recordCsv(CARRIER, csv(s.reference() + ";;003404341601;;;CAT-MUG-001;5;")).get(0);
        ConfirmationResult wrongOrder = recordCsv(CARRIER, csv(s.reference() + ";302-0000000-0000000;003404341601;;;;;"))
                .get(0);

        assertEquals(List.of(Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED),
                List.of(other.outcome(), pattern.outcome(), tooMany.outcome(), wrongOrder.outcome()));
        assertTrue(other.message().contains("went to ParcelCo, but OtherCo confirmed it"), other.message());
        assertTrue(pattern.message().contains("does not look like one of ParcelCo"), pattern.message());
        assertTrue(tooMany.message().contains("names 5 × CAT-MUG-001, the delivery note has 1"), tooMany.message());
        assertTrue(wrongOrder.message().contains("belongs to order " + s.externalId()), wrongOrder.message());
        assertEquals("TRANSMITTED", state(s.orderId()));
        assertEquals("DR", text("select docstatus from m_inout where m_inout_id = ?", s.shipmentId()));
        assertEquals(1, count("select count(*) from catura_ticket where type = 'CARRIER_MESSAGE_REJECTED' and order_id = ?",
                s.orderId()), "one open ticket per order and type");
    }

    @Test
    void aConfirmedShipmentTakesNoNewParcelAndKeepsWhatItHas() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        recordCsv(CARRIER, csv(s.reference() + ";;003404341601;;;;;"));
        ConfirmationResult r = recordCsv(CARRIER, csv(s.reference() + ";;003404341699;;;;;")).get(0);

        assertEquals(Outcome.REJECTED, r.outcome());
        assertTrue(r.message().contains("not among those recorded (003404341601)"), r.message());
        assertEquals("003404341601", text("select string_agg(tracking_no, ',') from shipping_parcel"));
    }

    @Test
    void aTrackingNumberReplacedBeforeTheChannelWasToldGoesToTheDeliveryNote() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        recordCsv(CARRIER, csv(s.reference() + ";;000000000001;;;;;"));
        ConfirmationResult r = recordCsv(CARRIER, csv(s.reference() + ";;003404341601;000000000001;;;;")).get(0);

        assertEquals(Outcome.UPDATED, r.outcome(), r.message());
        assertEquals("003404341601", text("select trackingno from m_inout where m_inout_id = ?", s.shipmentId()));
        assertEquals("003404341601 000000000001", text("select tracking_no || ' ' || replaced_tracking_no from shipping_parcel"));
        assertEquals("SHIPPED", state(s.orderId()));
        assertTrue(tx(t -> process.timeline(t, s.orderId())).stream()
                .anyMatch(e -> e.message().endsWith("the channel will be told 003404341601")));
    }

    @Test
    void aTrackingNumberReplacedAfterTheChannelWasToldIsNamedOnTheTimeline() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        recordCsv(CARRIER, csv(s.reference() + ";;000000000001;;;;;"));
        tx(t -> {
            process.moveTo(t, s.orderId(), OrderState.SHIPPED, OrderState.SHIPMENT_CONFIRMED, "confirm-shipment", "told");
            return null;
        });

        ConfirmationResult r = recordCsv(CARRIER, csv(s.reference() + ";;003404341601;000000000001;;;;")).get(0);

        assertEquals(Outcome.UPDATED, r.outcome(), r.message());
        String note = tx(t -> process.timeline(t, s.orderId())).stream().map(e -> e.message())
                .filter(m -> m.startsWith("Tracking number")).findFirst().orElseThrow();
        assertTrue(note.contains("The channel was told 000000000001"), note);
        assertTrue(note.contains("now show 003404341601"), note);
        assertEquals("SHIPMENT_CONFIRMED", state(s.orderId()));
        assertEquals("003404341601", text("select trackingno from m_inout where m_inout_id = ?", s.shipmentId()));
    }

    @Test
    void theWatchdogOpensOneTicketPerOverdueShipmentAndTheConfirmationClosesIt() throws Exception {
        Shipped late = transmittedOrder(1, carrierId, clock.instant().plus(Duration.ofHours(2)));
        Shipped early = transmittedOrder(1, carrierId, clock.instant().plus(Duration.ofHours(20)));
        ConfirmationWatchdog watchdog = new ConfirmationWatchdog(db, tickets, clock);
        watchdog.run();
        assertEquals(0, count("select count(*) from catura_ticket"), "nothing is overdue yet");

        clock.advance(Duration.ofHours(3));
        watchdog.run();
        watchdog.run();
        watchdog.run();

        assertEquals(1, count("select count(*) from catura_ticket where type = 'NO_SHIPPING_CONFIRMATION' and order_id = ?"
                + " and assignee = 'supervisor' and summary = 'No shipping confirmation from ParcelCo for " + late.reference()
                + "'", late.orderId()), "for the type's supervisor");
        assertEquals(1, count("select count(*) from catura_ticket"), "once, however often it runs");
        assertEquals(0, count("select count(*) from catura_ticket where order_id = ?", early.orderId()));

        recordCsv(CARRIER, csv(late.reference() + ";;003404341601;;;;;"));

        assertEquals("CLOSED", text("select status from catura_ticket where order_id = ?", late.orderId()));
        watchdog.run();
        assertEquals(1, count("select count(*) from catura_ticket"), "a confirmed shipment is not overdue");
    }
}
