package org.catura.shipping.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.catura.core.api.erp.Shipment;
import org.catura.documents.api.DeliveryNoteDocument;
import org.catura.documents.api.PickingListDocument;
import org.catura.documents.api.ShippingLabelDocument;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ConfirmedParcel;
import org.catura.shipping.api.ShippingReferences;
import org.catura.webui.internal.PackSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pack page over HTTP on the web UI's test site: real orders run to their delivery notes by
 * core's stations on the embedded ERP, transmitted to the pack page as the transmission station
 * does, with fakes of the documents and the confirmation recorder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackPagesTest {

    PackSite site;
    FakeDocuments documents = new FakeDocuments();
    FakeConfirmations confirmations = new FakeConfirmations();
    InHouseShipments inHouse;
    PackSite.Browserless clara;

    @BeforeAll
    void start() throws Exception {
        site = new PackSite();
        site.add(new PackPages(site.db(), site.process(), site.erp(), documents, confirmations, Clock.systemUTC()));
        inHouse = new InHouseShipments(site);
        clara = site.signIn("clara");
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    private Shipment packable(String buyer) {
        return inHouse.transmit(site.orderWithDeliveryNote(buyer), Instant.now().plusSeconds(3600));
    }

    private String externalId(Shipment s) {
        return site.view(site.tx(tx -> site.process().view(tx, orderOf(s)).orElseThrow()).orderId()).externalId();
    }

    private long orderOf(Shipment s) {
        return site.count("select order_id from shipping_transmission where shipment_id = ?", s.id());
    }

    @Test
    void theOpenInHouseShipmentsAreListedAndScanningTheOrderIdOpensOneWithItsLines() {
        Shipment s = packable("Paula Packer");
        String ref = ShippingReferences.of(s.id());
        HttpResponse<String> list = clara.get("/catura/pack");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(ref), list.body());
        assertTrue(list.body().contains(externalId(s)));

        HttpResponse<String> found = clara.get("/catura/pack/find?q=" + externalId(s));
        assertEquals(302, found.statusCode());
        assertTrue(found.headers().firstValue("Location").orElseThrow().endsWith("/catura/pack/shipments/" + s.id()));
        HttpResponse<String> byRef = clara.get("/catura/pack/find?q=" + ref.toLowerCase());
        assertEquals(302, byRef.statusCode());

        HttpResponse<String> page = clara.get("/catura/pack/shipments/" + s.id());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("CAT-MUG-001"), page.body());
        assertTrue(page.body().matches("(?s).*<td class=\"num\">2\\b.*"), "quantity 2 shown");
        assertTrue(page.body().contains("Berlin"), "ship-to shown");
    }

    @Test
    void aScanThatMatchesNoOpenShipmentSaysSoOnThePackPage() {
        HttpResponse<String> r = clara.get("/catura/pack/find?q=302-0000000-0000000");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("No open in-house shipment for &#39;302-0000000-0000000&#39;")
                || r.body().contains("No open in-house shipment for '302-0000000-0000000'"), r.body());
    }

    @Test
    void theLabelAndTheDeliveryNoteComeAsPdfWithTheShipmentsData() {
        Shipment s = packable("Lara Label");
        HttpResponse<String> label = clara.get("/catura/pack/shipments/" + s.id() + "/label.pdf?parcel=2&of=2&weight=1.5");
        assertEquals(200, label.statusCode());
        assertEquals("application/pdf", label.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(label.body().startsWith("%PDF"));
        ShippingLabelDocument l = (ShippingLabelDocument) documents.asked.get(documents.asked.size() - 1);
        assertEquals(ShippingReferences.of(s.id()), l.shipmentReference());
        assertEquals(2, l.parcelNo());
        assertEquals(2, l.parcelCount());
        assertEquals(0, new BigDecimal("1.5").compareTo(l.weightKg()));
        assertEquals("Catura Test GmbH", l.sender().legalName());
        assertTrue(l.shipTo().contains("Lara Label"), l.shipTo().toString());

        HttpResponse<String> note = clara.get("/catura/pack/shipments/" + s.id() + "/delivery-note.pdf");
        assertEquals(200, note.statusCode());
        assertTrue(note.headers().firstValue("Content-Disposition").orElseThrow().contains("delivery-note-CAT-"));
        DeliveryNoteDocument d = (DeliveryNoteDocument) documents.asked.get(documents.asked.size() - 1);
        assertEquals(s.documentNo(), d.documentNo());
        assertEquals(externalId(s), d.orderReference());
        assertEquals("CAT-MUG-001", d.lines().get(0).sku());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(d.lines().get(0).quantity()));

        assertEquals(400, clara.get("/catura/pack/shipments/" + s.id() + "/label.pdf?parcel=3&of=2").statusCode());
        assertEquals(400, clara.get("/catura/pack/shipments/" + s.id() + "/label.pdf?weight=heavy").statusCode());
    }

    @Test
    void oneParcelIsRecordedAsAPackPageConfirmationOfTheWholeDeliveryNote() {
        Shipment s = packable("Otto One");
        int before = confirmations.recorded.size();
        HttpResponse<String> r = clara.post("/catura/pack/shipments/" + s.id(), "parcels", "1", "action", "record",
                "tracking_1", "00340434160612", "weight_1", "0,8");
        assertEquals(302, r.statusCode(), r.body());
        assertEquals(before + 1, confirmations.recorded.size());
        CarrierConfirmation c = confirmations.recorded.get(before);
        assertEquals(ConfirmationSource.PACK_PAGE, c.source());
        assertEquals("house", c.carrier());
        assertEquals(ShippingReferences.of(s.id()), c.reference());
        assertEquals(externalId(s), c.orderReference());
        assertEquals(1, c.parcels().size());
        assertEquals("00340434160612", c.parcels().get(0).trackingNo());
        assertEquals(0, new BigDecimal("0.8").compareTo(c.parcels().get(0).weightKg()));
        assertTrue(c.parcels().get(0).lines().isEmpty(), "one parcel: the whole delivery note");
        assertTrue(new String(c.raw()).contains("00340434160612"), "the form is kept as the raw message");

        HttpResponse<String> list = clara.get("/catura/pack");
        assertTrue(list.body().contains("1 parcel recorded"), "the outcome is shown");
        assertTrue(!list.body().contains("/pack/shipments/" + s.id() + "\""), "no longer open");
        HttpResponse<String> again = clara.get("/catura/pack/shipments/" + s.id());
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("packed already"), again.body());
    }

    @Test
    void twoParcelsMustAddUpToTheDeliveryNoteAndAMistakeKeepsWhatWasTyped() {
        Shipment s = packable("Tilda Two");
        int line = s.lines().get(0).id();
        int before = confirmations.recorded.size();
        HttpResponse<String> added = clara.post("/catura/pack/shipments/" + s.id(), "parcels", "1", "action", "add",
                "tracking_1", "111122223333");
        assertEquals(200, added.statusCode());
        assertTrue(added.body().contains("name=\"tracking_2\""), "a second parcel row");
        assertTrue(added.body().contains("value=\"111122223333\""), "typed value kept");

        HttpResponse<String> wrong = clara.post("/catura/pack/shipments/" + s.id(), "parcels", "2", "action", "record",
                "tracking_1", "111122223333", "qty_1_" + line, "1", "tracking_2", "111122223333", "qty_2_" + line, "0");
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("CAT-MUG-001: 1 in the parcels, but the delivery note has 2"), wrong.body());
        assertTrue(wrong.body().contains("is given twice"), wrong.body());
        assertTrue(wrong.body().contains("Parcel 2: say what is in it"), wrong.body());
        assertTrue(wrong.body().contains("value=\"111122223333\""));
        assertEquals(before, confirmations.recorded.size(), "nothing recorded");

        HttpResponse<String> right = clara.post("/catura/pack/shipments/" + s.id(), "parcels", "2", "action", "record",
                "tracking_1", "111122223333", "qty_1_" + line, "1", "tracking_2", "444455556666", "qty_2_" + line, "1");
        assertEquals(302, right.statusCode(), right.body());
        CarrierConfirmation c = confirmations.recorded.get(before);
        assertEquals(List.of("111122223333", "444455556666"),
                c.parcels().stream().map(ConfirmedParcel::trackingNo).toList());
        assertEquals(List.of(new ConfirmedParcel.Line("CAT-MUG-001", BigDecimal.ONE)), c.parcels().get(1).lines());
    }

    @Test
    void aConfirmationTheRecorderRefusesIsShownWithTheFormKept() {
        Shipment s = packable("Rita Refused");
        HttpResponse<String> r = clara.post("/catura/pack/shipments/" + s.id(), "parcels", "1", "action", "record",
                "tracking_1", "REJECT-4711");
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Not recorded: Tracking number REJECT-4711 does not fit"), r.body());
        assertTrue(r.body().contains("value=\"REJECT-4711\""));
        assertEquals(200, clara.get("/catura/pack/shipments/" + s.id()).statusCode(), "still open");

        HttpResponse<String> blank = clara.post("/catura/pack/shipments/" + s.id(), "parcels", "1", "action", "record",
                "weight_1", "-2");
        assertEquals(422, blank.statusCode());
        assertTrue(blank.body().contains("Parcel 1: scan or type its tracking number."));
        assertTrue(blank.body().contains("the weight must be above 0"), blank.body());
    }

    @Test
    void aWaveTakesTheOpenShipmentsInNoWaveOnceAndPrintsTheirPickingList() {
        Shipment a = packable("Wanda Wave");
        Shipment b = packable("Walter Wave");
        HttpResponse<String> started = clara.post("/catura/pack/waves");
        assertEquals(302, started.statusCode());
        String location = started.headers().firstValue("Location").orElseThrow();
        long wave = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertEquals(1, site.count("select count(*) from shipping_wave_shipment where wave_id = ? and shipment_id = ?",
                wave, a.id()));
        assertEquals(1, site.count("select count(*) from shipping_wave_shipment where wave_id = ? and shipment_id = ?",
                wave, b.id()));
        long members = site.count("select count(*) from shipping_wave_shipment where wave_id = ?", wave);

        HttpResponse<String> page = clara.get("/catura/pack/waves/" + wave);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(ShippingReferences.of(a.id())));

        HttpResponse<String> again = clara.post("/catura/pack/waves");
        assertEquals(302, again.statusCode());
        assertTrue(again.headers().firstValue("Location").orElseThrow().endsWith("/catura/pack"));
        assertEquals(1, site.count("select count(*) from shipping_wave_shipment where shipment_id = ?", a.id()));

        HttpResponse<String> pdf = clara.get("/catura/pack/waves/" + wave + "/picking-list.pdf");
        assertEquals(200, pdf.statusCode());
        PickingListDocument list = (PickingListDocument) documents.asked.get(documents.asked.size() - 1);
        assertEquals(members, list.orderCount());
        PickingListDocument.Line mugs = list.lines().stream().filter(l -> l.sku().equals("CAT-MUG-001")).findFirst()
                .orElseThrow();
        assertEquals(0, BigDecimal.valueOf(2 * members).compareTo(mugs.quantity()));
        assertTrue(mugs.deliveryNotes().contains(a.documentNo()) && mugs.deliveryNotes().contains(b.documentNo()));
        assertEquals(404, clara.get("/catura/pack/waves/999999").statusCode());
    }
}
