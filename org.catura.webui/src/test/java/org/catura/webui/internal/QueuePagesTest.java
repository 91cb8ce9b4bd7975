package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
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
