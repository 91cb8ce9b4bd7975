package org.catura.shipping.internal.confirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.catura.core.api.db.Sql;
import org.catura.sandbox.carrier.FulfilmentPartnerSettings;
import org.catura.sandbox.carrier.FulfilmentPartnerSimulator;
import org.catura.sandbox.carrier.PartnerAnswer;
import org.catura.sandbox.carrier.PartnerReturn;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.transfer.api.PollReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's fulfilment partner simulator against the real return readers: what it answers is
 * recorded (two parcels, a duplicate, an update), refused when garbled, and its callback is taken.
 */
class FulfilmentPartnerSimulatorEndToEndTest extends ShippingTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    FulfilmentPartnerSimulator partner(FulfilmentPartnerSettings settings) throws Exception {
        return FulfilmentPartnerSimulator.start(settings.withPollInterval(Duration.ofMillis(50))
                .withDelays(Duration.ofMillis(50), Duration.ofHours(1), Duration.ofMillis(50)));
    }

    /** The partner's numbers are FP and ten digits, not the base carrier's twelve digits. */
    @BeforeEach
    void partnerTrackingNumbers() {
        tx(t -> Sql.update(t, "update CAT_Carrier set TrackingNoPattern = 'FP[0-9]{10}' where CAT_Carrier_ID = ?",
                carrierId));
    }

    /** The shipment as the default CSV template transmits it. */
    static void transmit(FulfilmentPartnerSimulator partner, Shipped s, int qty) throws Exception {
        String csv = "reference;order;sku;quantity;name;ship_to_name;ship_to_company;street;street2;postal_code;city;"
                + "region;country;phone;carrier;service;product;weight_kg;ship_date\n"
                + s.reference() + ";" + s.externalId() + ";CAT-MUG-001;" + qty + ";Mug;Erika Mustermann;;Hauptstraße 5;;"
                + "10115;Berlin;;DE;;" + CARRIER + ";standard;STD;1.5;2026-12-02\n";
        Path part = partner.inboundFolder().resolve("." + s.reference() + ".part");
        Files.writeString(part, csv, StandardCharsets.UTF_8);
        Files.move(part, partner.inboundFolder().resolve(s.reference() + "-" + CARRIER + ".csv"));
    }

    @Test
    void twoParcelsAndADuplicateOverTheSimulatorsSftpAreRecordedOnce() throws Exception {
        Shipped s = transmittedOrder(3, carrierId, null);
        try (FulfilmentPartnerSimulator partner = partner(FulfilmentPartnerSettings.defaults().withTwoParcelShare(1.0)
                .withFaults(11, 0, 0, 1.0, 0))) {
            returnChannel("SFTP", "127.0.0.1", partner.sftpPort(), FulfilmentPartnerSimulator.RETURN,
                    partner.sftpUser(), partner.sftpPassword(), partner.hostKeyFingerprint());
            transmit(partner, s, 3);
            assertTrue(partner.awaitIdle(WAIT));

            PollReport report = reader().poll(tx(t -> new ReturnChannels().find(t, CARRIER)).orElseThrow());

            assertEquals(List.of(s.reference() + "-confirmation-1.csv", s.reference() + "-confirmation-2.csv"),
                    report.accepted().stream().sorted().toList(), report.toString());
            assertEquals("SHIPPED", state(s.orderId()));
            assertEquals(2, count("select count(*) from shipping_parcel where shipment_id = ?", s.shipmentId()));
            assertEquals(1, count("select count(*) from shipping_message where outcome = 'DUPLICATE'"));
            String first = partner.answers().get(0).content().split("\n")[1].split(";")[2];
            assertEquals(first, text("select trackingno from m_inout where m_inout_id = ?", s.shipmentId()));
        }
    }

    @Test
    void anUpdatedTrackingNumberInTheReturnFolderReplacesTheRecordedOne() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        try (FulfilmentPartnerSimulator partner = partner(FulfilmentPartnerSettings.defaults()
                .withAnswerBy(PartnerReturn.FOLDER).withFaults(11, 0, 0, 0, 1.0))) {
            returnChannel("FOLDER", null, null, partner.returnFolder().toString(), null, null, null);
            transmit(partner, s, 1);
            assertTrue(partner.awaitIdle(WAIT));

            reader().run();

            assertEquals(1, count("select count(*) from shipping_message where outcome = 'RECORDED'"));
            assertEquals(1, count("select count(*) from shipping_message where outcome = 'UPDATED'"));
            String[] update = partner.answers().get(1).content().split("\n")[1].split(";");
            assertEquals(update[2], text("select tracking_no from shipping_parcel where shipment_id = ?", s.shipmentId()));
            assertEquals(update[3], text("select replaced_tracking_no from shipping_parcel where shipment_id = ?",
                    s.shipmentId()));
            assertEquals(update[2], text("select trackingno from m_inout where m_inout_id = ?", s.shipmentId()));
        }
    }

    @Test
    void aGarbledAnswerIsRejectedWithATicket() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        try (FulfilmentPartnerSimulator partner = partner(FulfilmentPartnerSettings.defaults()
                .withAnswerBy(PartnerReturn.FOLDER).withFaults(11, 0, 1.0, 0, 0))) {
            returnChannel("FOLDER", null, null, partner.returnFolder().toString(), null, null, null);
            transmit(partner, s, 1);
            assertTrue(partner.awaitIdle(WAIT));

            reader().run();

            assertEquals("TRANSMITTED", state(s.orderId()));
            assertTrue(Files.exists(partner.returnFolder().resolve("error/" + s.reference() + "-confirmation-1.csv")));
            assertTrue(Files.readString(partner.returnFolder().resolve("error/" + s.reference()
                    + "-confirmation-1.csv.reason.txt")).contains("Line 2: 3 fields, expected 8"));
            assertEquals(1, count("select count(*) from catura_ticket where type = 'CARRIER_MESSAGE_REJECTED'"));
        }
    }

    @Test
    void theSimulatorsCallbackIsReadByTheProductsJsonParser() throws Exception {
        Shipped s = transmittedOrder(2, carrierId, null);
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer product = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        product.createContext("/catura/shipping/callback/" + CARRIER, exchange -> {
            try (exchange) {
                authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                int status;
                try {
                    CarrierConfirmation c = ConfirmationJson.parse(CARRIER, ConfirmationSource.HTTP_CALLBACK, null,
                            exchange.getRequestBody().readAllBytes());
                    status = tx(t -> recorder.record(t, c)).outcome() == ConfirmationResult.Outcome.REJECTED ? 409 : 200;
                } catch (MalformedConfirmationException e) {
                    status = 400;
                }
                exchange.sendResponseHeaders(status, -1);
            }
        });
        product.start();
        URI url = URI.create("http://127.0.0.1:" + product.getAddress().getPort() + "/catura/shipping/callback/" + CARRIER);
        try (FulfilmentPartnerSimulator partner = partner(FulfilmentPartnerSettings.defaults().withTwoParcelShare(1.0)
                .withCallback(url, "the-return-secret"))) {
            transmit(partner, s, 2);
            assertTrue(partner.awaitIdle(WAIT));

            assertEquals(List.of(200), partner.answers().stream().map(PartnerAnswer::status).toList());
            assertEquals(List.of("Bearer the-return-secret"), authorizations);
            assertEquals("SHIPPED", state(s.orderId()));
            assertEquals(2, count("select count(*) from shipping_parcel where shipment_id = ?", s.shipmentId()));
        } finally {
            product.stop(0);
        }
    }
}
