package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.testing.TestOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The cockpit, the order page and the manual queue desk, over HTTP, with the real engine and ERP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuePagesTest {

    Site site;

    @BeforeAll
    void start() throws Exception {
        site = new Site();
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    Client clerk(String name) {
        Client c = new Client(site.url);
        assertEquals(302, c.login(name, Site.PASSWORD).statusCode());
        return c;
    }

    @Test
    void cockpitFiltersByStateAndFindsByCustomerNameAndOrderId() {
        long shipped = site.shippedOrder("Greta Garbo");
        long queued = site.queuedOrder("Hans Albers");
        String shippedId = site.view(shipped).externalId();
        Client c = clerk("clara");

        String all = c.get("/catura/").body();
        assertTrue(all.contains(shippedId) && all.contains(site.view(queued).externalId()));
        assertTrue(all.contains("<svg class=\"chart\""), "the automation chart is drawn");

        String inQueue = c.get("/catura/?state=MANUAL_QUEUE").body();
        assertTrue(inQueue.contains(site.view(queued).externalId()));
        assertTrue(!inQueue.contains(shippedId), "the shipped order is filtered out");

        String byName = c.get("/catura/?q=garbo").body();
        assertTrue(byName.contains(shippedId) && !byName.contains(site.view(queued).externalId()));
        assertTrue(c.get("/catura/?q=" + shippedId).body().contains(shippedId));
        assertEquals(400, c.get("/catura/?from=yesterday").statusCode());
    }

    @Test
    void cockpitFindsByTrackingNumberAndFiltersByReceivedDateAndChannel() {
        long shipped = site.shippedOrder("Tracy Tracking");
        String externalId = site.view(shipped).externalId();
        int so = site.view(shipped).documents().get(DocumentKind.SALES_ORDER);
        site.tx(t -> {
            int shipment = site.erp.shipments().findByOrder(t, so).get(0).id();
            return site.erp.shipments().setTrackingNo(t, shipment, "1Z999AA10123456784");
        });
        Client c = clerk("clara");
        assertTrue(c.get("/catura/?q=1z999aa1012").body().contains(externalId), "found by tracking number");
        assertFalse(c.get("/catura/?q=1Z000000").body().contains(externalId));
        assertTrue(read(c.get("/api/orders?q=1Z999AA10123456784")).toString().contains(externalId),
                "the API searches the same way");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertTrue(c.get("/catura/?from=" + today + "&to=" + today).body().contains(externalId));
        assertFalse(c.get("/catura/?to=" + yesterday).body().contains(externalId), "received today, not before");
        assertFalse(c.get("/catura/?from=" + LocalDate.now(ZoneOffset.UTC).plusDays(1)).body().contains(externalId));
        assertTrue(c.get("/catura/?channel=amazon-de").body().contains(externalId));
        assertFalse(c.get("/catura/?channel=amazon-fr").body().contains(externalId));
        assertFalse(read(c.get("/api/orders?to=" + yesterday)).toString().contains(externalId));
    }

    @Test
    void theDeskShowsCustomerAddressesLinesFlagsTextsTheRuleAndTheTimeline() {
        ImportedOrder plain = site.order("CAT-MUG-001", "Gerda Gift");
        ImportedLine gift = new ImportedLine("1", "CAT-MUG-001", "Mug", new BigDecimal("2"), new BigDecimal("19.98"),
                new BigDecimal("3.19"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, "Alles Gute, Oma!", "Classic", null);
        ImportedOrder order = TestOrder.from(plain).billTo(null).currency("EUR").pricesIncludeTax(true)
                .serviceLevel("Expedited").flag(OrderFlag.GIFT, OrderFlag.PRIME)
                .deliveryInstructions("Beim Nachbarn abgeben").lines(List.of(gift)).build();
        long id = site.handIn(order);
        site.runUntil(id, v -> v.state() == OrderState.MANUAL_QUEUE);
        Client c = clerk("clara");
        assertEquals(302, c.post("/catura/queue/" + id + "/claim").statusCode());
        String desk = c.get("/catura/queue/" + id).body();
        assertTrue(desk.contains("Gerda Gift"), "buyer");
        assertTrue(desk.contains("Hauptstraße 5") && desk.contains("10115 Berlin"), "ship-to address");
        assertTrue(desk.contains("value=\"CAT-MUG-001\""), "the sales order's lines, editable");
        assertTrue(desk.contains("<span class=\"tag\">prime</span>") && desk.contains("<span class=\"tag\">gift</span>"), "Amazon flags");
        assertTrue(desk.contains("Alles Gute, Oma!") && desk.contains("gift wrap Classic"), "gift text and wrap");
        assertTrue(desk.contains("Beim Nachbarn abgeben"), "delivery instructions");
        assertTrue(desk.contains("rule <b>Gift message</b>"), "the rule that fired");
        assertTrue(desk.contains("id=\"timeline\"") && desk.contains("To the manual queue"), "the process timeline");
        assertTrue(desk.contains("id=\"customer\""), "the customer match");

        // The clerk has wrapped it and put the card in: back to automation, and it moves on.
        assertEquals(302, c.post("/catura/queue/" + id + "/back", "comment", "wrapped, card inside").statusCode());
        site.runUntil(id, v -> v.state() == OrderState.SHIPMENT_CREATED);
        assertTrue(c.get("/catura/orders/" + id).body().contains("Prime and fast service"),
                "decided again without the gift rule the clerk dealt with");
    }

    @Test
    void aClerkCorrectsTheCustomerMatchOnTheDesk() {
        long other = site.shippedOrder("Stammkunde Schulz");
        int otherPartner = site.view(other).documents().get(DocumentKind.BUSINESS_PARTNER);
        long order = site.queuedOrder("Wrong Match");
        Client c = clerk("clara");
        assertEquals(409, c.post("/catura/queue/" + order + "/customer", "bpartnerId", String.valueOf(otherPartner))
                .statusCode(), "only the holder corrects");
        c.post("/catura/queue/" + order + "/claim");
        HttpResponse<String> unknown = c.post("/catura/queue/" + order + "/customer", "bpartnerId", "99999999");
        assertEquals(422, unknown.statusCode());
        assertTrue(unknown.body().contains("no business partner 99999999"), unknown.body());
        assertEquals(422, c.post("/catura/queue/" + order + "/customer", "bpartnerId", "Schulz").statusCode());

        HttpResponse<String> ok = c.post("/catura/queue/" + order + "/customer", "bpartnerId",
                String.valueOf(otherPartner), "reason", "same person, new e-mail");
        assertEquals(302, ok.statusCode(), ok.body());
        long ticket = site.tx(t -> site.tickets.openTicket(t, order,
                org.catura.ticket.api.TicketType.MANUAL_QUEUE)).orElseThrow().id();
        assertEquals(Integer.valueOf(otherPartner), site.tx(t -> site.tickets.get(t, ticket)).orElseThrow().bpartnerId());
        assertEquals(1, site.count("select count(*) from catura_ticket_action where ticket_id = ? and field = 'customer'"
                + " and comment = 'same person, new e-mail'", ticket));
        SalesOrder so = site.tx(t -> site.erp.salesOrders().get(t,
                site.view(order).documents().get(DocumentKind.SALES_ORDER))).orElseThrow();
        assertEquals(otherPartner, so.bpartnerId(), "the ERP order belongs to the chosen partner");
        assertEquals(Integer.valueOf(otherPartner), site.view(order).documents().get(DocumentKind.BUSINESS_PARTNER));
        assertEquals(1, site.count("select count(*) from catura_order_customer where order_id = ? and bpartner_id = ?"
                + " and reason = 'chosen by clara: same person, new e-mail'", order, otherPartner));
    }

    @Test
    void aClerkFindsTheCustomerBySearchingAndPicksAHitWithoutJavaScript() {
        int partner = TestPartners.customer(site, "K-20457", "Reederei Suchbar", "20457", "Hamburg",
                "kontor@suchbar.example");
        long order = site.queuedOrder("Unknown Buyer");
        Client c = clerk("clara");
        c.post("/catura/queue/" + order + "/claim");

        String hits = c.get("/catura/queue/" + order + "?q=20457").body();
        assertTrue(hits.contains("Reederei Suchbar") && hits.contains("customer number K-20457"), hits);
        assertTrue(hits.contains("Speicherstadt 3, 20457 Hamburg, DE") && hits.contains("Postfach 1 20, 20457 Hamburg"),
                "both addresses");
        assertTrue(hits.contains(">ship-to<") && hits.contains(">bill-to<"), "with their roles");
        assertTrue(hits.contains("name=\"bpartnerId\" value=\"" + partner + "\""), "a hit to pick");
        assertTrue(c.get("/catura/queue/" + order + "?q=REEDEREI").body().contains("Reederei Suchbar"), "by name");
        assertTrue(c.get("/catura/queue/" + order + "?q=Kontor@Suchbar.example").body().contains("Reederei Suchbar"),
                "by e-mail");
        assertTrue(c.get("/catura/queue/" + order + "?q=k-2045").body().contains("Reederei Suchbar"),
                "by customer number");
        String tooShort = c.get("/catura/queue/" + order + "?q=R").body();
        assertTrue(tooShort.contains("too short to search for: type at least 2 characters"), tooShort);
        String none = c.get("/catura/queue/" + order + "?q=Niemand%20Sonst").body();
        assertTrue(none.contains("No active customer matches &#39;Niemand Sonst&#39;. Search by"), none);
        String fragment = c.get("/catura/queue/" + order + "/partners?q=20457").body();
        assertTrue(fragment.contains("Reederei Suchbar") && !fragment.contains("<html"), "the fragment htmx asks for");

        HttpResponse<String> nothingPicked = c.post("/catura/queue/" + order + "/customer", "q", "20457", "reason",
                "found him");
        assertEquals(422, nothingPicked.statusCode());
        assertTrue(nothingPicked.body().contains("pick one of the hits first"), nothingPicked.body());
        assertTrue(nothingPicked.body().contains("Reederei Suchbar"), "the hits are shown again");

        assertEquals(302, c.post("/catura/queue/" + order + "/customer", "q", "20457", "bpartnerId",
                String.valueOf(partner), "reason", "found him").statusCode());
        assertEquals(partner, site.tx(t -> site.erp.salesOrders().get(t,
                site.view(order).documents().get(DocumentKind.SALES_ORDER))).orElseThrow().bpartnerId());
        String desk = c.get("/catura/queue/" + order + "?q=20457").body();
        assertTrue(desk.contains("Now: <b>Reederei Suchbar</b>") && desk.contains("the order's customer now"), desk);
    }

    static com.fasterxml.jackson.databind.JsonNode read(HttpResponse<String> r) {
        return RulesApiChannelsTest.read(r);
    }

    @Test
    void theOrderPageShowsTimelineDocumentsAndDecisions() {
        long shipped = site.shippedOrder("Ina Order");
        SalesOrder so = site.tx(t -> site.erp.salesOrders().get(t,
                site.view(shipped).documents().get(DocumentKind.SALES_ORDER))).orElseThrow();
        HttpResponse<String> r = clerk("clara").get("/catura/orders/" + shipped);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains(so.documentNo()), "sales order number");
        assertTrue(html.contains("Shipment"), "the delivery note is listed");
        assertTrue(html.contains("(no rule matched)") || html.contains("release"), "the release decision");
        assertTrue(html.contains("Ina Order"));
        assertEquals(404, clerk("clara").get("/catura/orders/999999").statusCode());
    }

    @Test
    void twoClerksClaimTheSameOrderAndTheSecondIsToldWhoHoldsIt() {
        long order = site.queuedOrder("Race Case");
        Client clara = clerk("clara");
        Client carl = clerk("carl");
        assertEquals(302, clara.post("/catura/queue/" + order + "/claim").statusCode());
        HttpResponse<String> refused = carl.post("/catura/queue/" + order + "/claim");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("held by clara"), refused.body());
        assertEquals(1, site.count("select count(*) from catura_ticket_claim where order_id = ? and holder = 'clara'",
                order));
        String list = carl.get("/catura/queue").body();
        String row = list.substring(list.indexOf("/catura/queue/" + order + "\""));
        assertTrue(row.substring(0, row.indexOf("</tr>")).contains("clara"), "the queue shows who holds it");
        // Carl cannot send it back either.
        assertEquals(409, carl.post("/catura/queue/" + order + "/back", "comment", "mine now").statusCode());
        assertEquals(OrderState.MANUAL_QUEUE, site.view(order).state());
    }

    @Test
    void aClerkMapsTheUnknownSkuSendsTheOrderBackAndItMovesOn() {
        long order = site.queuedOrder("Map Me");
        Client c = clerk("clara");
        assertEquals(302, c.post("/catura/queue/" + order + "/claim").statusCode());
        String desk = c.get("/catura/queue/" + order).body();
        assertTrue(desk.contains("NOPE-404"), "the unknown SKU is offered for mapping");
        int tax = site.tx(t -> site.erp.taxes().list(t)).stream()
                .filter(x -> "DE".equals(x.countryCode()) && x.rate().compareTo(new BigDecimal("19")) == 0)
                .findFirst().orElseThrow().id();

        HttpResponse<String> wrong = c.post("/catura/queue/" + order + "/lines", "kind", "product", "sku", "NOPE-404",
                "chargeId", "0", "description", "Mug", "qty", "2", "price", "9.99", "taxId", String.valueOf(tax));
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("no product with SKU"), wrong.body());

        HttpResponse<String> ok = c.post("/catura/queue/" + order + "/lines", "kind", "product", "sku", "CAT-MUG-001",
                "chargeId", "0", "description", "Mug", "qty", "2", "price", "9.99", "taxId", String.valueOf(tax));
        assertEquals(302, ok.statusCode(), ok.body());
        SalesOrder so = site.tx(t -> site.erp.salesOrders().get(t,
                site.view(order).documents().get(DocumentKind.SALES_ORDER))).orElseThrow();
        assertEquals(0, so.grandTotal().compareTo(new BigDecimal("19.98")));

        assertEquals(302, c.post("/catura/queue/" + order + "/back", "comment", "mapped to the mug").statusCode());
        assertEquals(OrderState.ORDER_ENTERED, site.view(order).state());
        site.runUntil(order, v -> v.state() == OrderState.SHIPMENT_CREATED);
        assertTrue(c.get("/catura/orders/" + order).body().contains("Back to automation"));
    }

    @Test
    void aClerkEntersTheMissingAddressOfAnOrderWithoutSalesOrderAndItGoesOn() {
        long order = site.handIn(TestOrder.from(site.order("CAT-MUG-001", "Ohne Adresse")).shipTo(null).build());
        site.runUntil(order, v -> v.state() == OrderState.MANUAL_QUEUE);
        assertEquals(null, site.view(order).documents().get(DocumentKind.SALES_ORDER), "no sales order yet");
        Client c = clerk("clara");
        assertEquals(302, c.post("/catura/queue/" + order + "/claim").statusCode());
        String desk = c.get("/catura/queue/" + order).body();
        assertTrue(desk.contains("NO_ADDRESS"), "the desk shows the issue");

        HttpResponse<String> saved = c.post("/catura/queue/" + order + "/address", "name", "Ohne Adresse",
                "address1", "Gartenweg 7", "city", "Potsdam", "postal", "14467", "country", "de");
        assertEquals(302, saved.statusCode(), saved.body());
        assertEquals("Gartenweg 7", site.tx(t -> site.process.order(t, order)).orElseThrow().shipTo()
                .addressLine1(), "the imported order has the address now");

        assertEquals(302, c.post("/catura/queue/" + order + "/back", "comment", "address from the buyer")
                .statusCode());
        assertEquals(OrderState.RECEIVED, site.view(order).state(), "it goes back to the customer station");
        site.runUntil(order, v -> v.state() == OrderState.SHIPMENT_CREATED);
        assertEquals(1, site.count("select count(*) from c_location l join c_bpartner_location bl on"
                + " bl.c_location_id = l.c_location_id join catura_process p on p.bpartner_id = bl.c_bpartner_id"
                + " where p.order_id = ? and l.address1 = 'Gartenweg 7' and l.city = 'Potsdam'", order));
        String page = c.get("/catura/orders/" + order).body();
        assertTrue(page.contains("Delivery address of the imported order entered by clara"), page);
    }

    @Test
    void addressCorrectionAndCancelWithoutReasonAreHandled() {
        long order = site.queuedOrder("Addr Fix");
        Client c = clerk("carl");
        c.post("/catura/queue/" + order + "/claim");
        HttpResponse<String> bad = c.post("/catura/queue/" + order + "/address", "name", "Addr Fix", "address1",
                "Neue Str. 1", "city", "Köln", "postal", "50667", "country", "Germany");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("not an ISO 3166 alpha-2 code"));
        HttpResponse<String> good = c.post("/catura/queue/" + order + "/address", "name", "Addr Fix", "address1",
                "Neue Str. 1", "city", "Köln", "postal", "50667", "country", "de");
        assertEquals(302, good.statusCode(), good.body());
        assertEquals(1, site.count("select count(*) from c_location where address1 = 'Neue Str. 1'"
                + " and city = 'Köln'"));

        HttpResponse<String> noReason = c.post("/catura/queue/" + order + "/cancel", "reason", "");
        assertEquals(422, noReason.statusCode());
        assertEquals(OrderState.MANUAL_QUEUE, site.view(order).state());
        assertEquals(302, c.post("/catura/queue/" + order + "/cancel", "reason", "Buyer asked").statusCode());
        assertEquals(OrderState.CANCELLED, site.view(order).state());
    }

    @Test
    void ticketsClerksTakeTheirOwnSupervisorsReassign() {
        long order = site.queuedOrder("Ticket Case");
        long ticket = site.tx(t -> site.tickets.openTicket(t, order,
                org.catura.ticket.api.TicketType.MANUAL_QUEUE)).orElseThrow().id();
        Client clara = clerk("clara");
        assertTrue(clara.get("/catura/tickets").body().contains("/catura/tickets/" + ticket));
        assertEquals(403, clara.post("/catura/tickets/" + ticket + "/assign", "assignee", "carl").statusCode());
        assertEquals(302, clara.post("/catura/tickets/" + ticket + "/assign", "assignee", "clara").statusCode());
        assertEquals(302, clara.post("/catura/tickets/" + ticket + "/comment", "text", "Calling the buyer")
                .statusCode());
        Client carl = clerk("carl");
        assertEquals(403, carl.post("/catura/tickets/" + ticket + "/close").statusCode(), "not his ticket");
        Client sue = clerk("sue");
        assertEquals(302, sue.post("/catura/tickets/" + ticket + "/assign", "assignee", "carl").statusCode());
        assertEquals("carl", site.tx(t -> site.tickets.get(t, ticket)).orElseThrow().assignee());
        String detail = sue.get("/catura/tickets/" + ticket).body();
        assertTrue(detail.contains("Calling the buyer"), "history shows the comment");
    }
}
