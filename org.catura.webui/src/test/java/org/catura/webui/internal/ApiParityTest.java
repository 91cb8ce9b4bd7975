package org.catura.webui.internal;

import static org.catura.webui.internal.RulesApiChannelsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.ticket.api.TicketType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The REST API does what the pages do, with the same rules: the queue desk (claim, corrections of
 * address, lines and customer, comment, back to automation), ticket actions with the roles'
 * limits, the cockpit's counts, and the channel settings without their secrets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiParityTest {

    Site site;

    @BeforeAll
    void start() throws Exception {
        site = new Site();
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    Client api(String user) {
        Client c = new Client(site.url);
        HttpResponse<String> login = c.json("POST", "/api/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + Site.PASSWORD + "\"}", false);
        assertEquals(200, login.statusCode(), login.body());
        c.csrf = read(login).get("csrfToken").asText();
        return c;
    }

    int germanVat() {
        return site.tx(t -> site.erp.taxes().list(t)).stream()
                .filter(x -> "DE".equals(x.countryCode()) && x.rate().compareTo(new BigDecimal("19")) == 0)
                .findFirst().orElseThrow().id();
    }

    @Test
    void aClerkWorksAQueuedOrderThroughTheApiAndItMovesOn() {
        long order = site.queuedOrder("Rest Desk");
        Client carl = api("carl");
        Client clara = api("clara");
        assertEquals("MANUAL_QUEUE", read(carl.get("/api/queue/" + order)).get("state").asText());
        assertEquals(200, carl.json("POST", "/api/queue/" + order + "/claim", null, true).statusCode());

        HttpResponse<String> refused = clara.json("POST", "/api/queue/" + order + "/lines",
                "{\"lines\":[{\"sku\":\"CAT-MUG-001\",\"qty\":2,\"price\":9.99,\"taxId\":" + germanVat() + "}]}", true);
        assertEquals(409, refused.statusCode());
        assertTrue(read(refused).get("error").asText().contains("held by carl"), refused.body());

        HttpResponse<String> noProduct = carl.json("POST", "/api/queue/" + order + "/lines",
                "{\"lines\":[{\"sku\":\"NOPE-404\",\"qty\":2,\"price\":9.99,\"taxId\":" + germanVat() + "}]}", true);
        assertTrue(read(noProduct).get("error").asText().contains("no product with SKU 'NOPE-404'"),
                noProduct.body());
        HttpResponse<String> lines = carl.json("POST", "/api/queue/" + order + "/lines", "{\"lines\":[{\"sku\":"
                + "\"CAT-MUG-001\",\"description\":\"Mug\",\"qty\":2,\"price\":9.99,\"taxId\":" + germanVat() + "}]}",
                true);
        assertEquals(200, lines.statusCode(), lines.body());
        SalesOrder so = site.tx(t -> site.erp.salesOrders().get(t,
                site.view(order).documents().get(DocumentKind.SALES_ORDER))).orElseThrow();
        assertEquals(0, so.grandTotal().compareTo(new BigDecimal("19.98")));

        HttpResponse<String> address = carl.json("POST", "/api/queue/" + order + "/address", "{\"name\":\"Rest Desk\","
                + "\"address1\":\"Ring 7\",\"city\":\"Hamburg\",\"postal\":\"20095\",\"country\":\"de\"}", true);
        assertEquals(200, address.statusCode(), address.body());
        assertEquals(1, site.count("select count(*) from c_location where address1 = 'Ring 7' and city = 'Hamburg'"));

        int partner = site.view(site.shippedOrder("Api Stammkunde")).documents().get(DocumentKind.BUSINESS_PARTNER);
        assertEquals(200, carl.json("POST", "/api/queue/" + order + "/customer",
                "{\"bpartnerId\":" + partner + ",\"reason\":\"known buyer\"}", true).statusCode());
        assertEquals(partner, site.tx(t -> site.erp.salesOrders().get(t,
                site.view(order).documents().get(DocumentKind.SALES_ORDER))).orElseThrow().bpartnerId(),
                "the ERP order belongs to the chosen partner");
        assertEquals(200, carl.json("POST", "/api/queue/" + order + "/comment", "{\"text\":\"all fixed\"}", true)
                .statusCode());
        long ticket = site.tx(t -> site.tickets.openTicket(t, order, TicketType.MANUAL_QUEUE)).orElseThrow().id();
        String history = read(carl.get("/api/tickets/" + ticket)).get("history").toString();
        assertTrue(history.contains("all fixed") && history.contains("known buyer") && history.contains("Ring 7"),
                history);

        JsonNode back = read(carl.json("POST", "/api/queue/" + order + "/back", "{\"comment\":\"done\"}", true));
        assertEquals("ORDER_ENTERED", back.get("continuesAt").asText());
        site.runUntil(order, v -> v.state() == OrderState.SHIPMENT_CREATED);
        assertEquals(404, carl.get("/api/queue/" + order).statusCode(), "no longer waiting");
    }

    @Test
    void clerksSearchPartnersThroughTheApiAndChooseTheHitByItsId() {
        int partner = TestPartners.customer(site, "K-22767", "Api Suchkunde", "22767", "Hamburg",
                "api@suchkunde.example");
        Client clara = api("clara");
        JsonNode found = read(clara.get("/api/partners?q=22767"));
        assertEquals(1, found.get("partners").size(), found.toString());
        JsonNode hit = found.get("partners").get(0);
        assertEquals(partner, hit.get("id").asInt());
        assertEquals("K-22767", hit.get("value").asText());
        assertEquals("22767", hit.get("locations").get(0).get("location").get("postal").asText());
        assertTrue(hit.get("locations").get(0).get("shipTo").asBoolean());
        assertEquals("api@suchkunde.example", hit.get("contacts").get(0).get("email").asText());
        assertEquals(partner, read(api("sue").get("/api/partners?q=api%20such")).get("partners").get(0).get("id")
                .asInt(), "a supervisor too, by name");

        HttpResponse<String> tooShort = clara.get("/api/partners?q=A");
        assertEquals(400, tooShort.statusCode());
        assertTrue(read(tooShort).get("error").asText().contains("at least 2 characters"), tooShort.body());
        assertEquals(400, clara.get("/api/partners").statusCode(), "no q");
        assertEquals(400, clara.get("/api/partners?q=hamburg&limit=0").statusCode());
        assertEquals(400, clara.get("/api/partners?q=hamburg&limit=many").statusCode());
        JsonNode none = read(clara.get("/api/partners?q=niemand"));
        assertEquals(0, none.get("partners").size());
        assertTrue(none.get("message").asText().contains("No active customer matches 'niemand'"), none.toString());
        for (int i = 0; i < 3; i++) {
            TestPartners.customer(site, "K-2277" + i, "Api Limit " + i, "2277" + i, "Hamburg", null);
        }
        JsonNode two = read(clara.get("/api/partners?q=api%20limit&limit=2"));
        assertEquals(2, two.get("partners").size());
        assertEquals(2, two.get("limit").asInt());
        assertEquals(401, new Client(site.url).get("/api/partners?q=22767").statusCode(), "not signed in");

        long order = site.queuedOrder("Api Chooser");
        assertEquals(200, clara.json("POST", "/api/queue/" + order + "/claim", null, true).statusCode());
        assertEquals(200, clara.json("POST", "/api/queue/" + order + "/customer", "{\"bpartnerId\":"
                + hit.get("id").asInt() + ",\"reason\":\"searched\"}", true).statusCode());
        assertEquals(partner, site.tx(t -> site.erp.salesOrders().get(t,
                site.view(order).documents().get(DocumentKind.SALES_ORDER))).orElseThrow().bpartnerId());
    }

    @Test
    void ticketActionsThroughTheApiFollowTheSameRolesAsThePages() {
        long order = site.queuedOrder("Rest Ticket");
        long ticket = site.tx(t -> site.tickets.openTicket(t, order, TicketType.MANUAL_QUEUE)).orElseThrow().id();
        Client clara = api("clara");
        Client carl = api("carl");
        Client sue = api("sue");
        assertEquals(403, clara.json("POST", "/api/tickets/" + ticket + "/assign", "{\"assignee\":\"carl\"}", true)
                .statusCode(), "a clerk does not assign to others");
        assertEquals("clara", read(clara.json("POST", "/api/tickets/" + ticket + "/assign",
                "{\"assignee\":\"clara\"}", true)).get("assignee").asText());
        assertEquals(403, carl.json("POST", "/api/tickets/" + ticket + "/status", "{\"status\":\"WAITING\"}", true)
                .statusCode(), "not his ticket");
        assertEquals("WAITING", read(clara.json("POST", "/api/tickets/" + ticket + "/status",
                "{\"status\":\"WAITING\",\"comment\":\"buyer called back\"}", true)).get("status").asText());
        assertEquals(409, clara.json("POST", "/api/tickets/" + ticket + "/status", "{\"status\":\"NONSENSE\"}", true)
                .statusCode());
        assertEquals(403, carl.json("POST", "/api/tickets/" + ticket + "/close", "{}", true).statusCode());
        assertEquals("carl", read(sue.json("POST", "/api/tickets/" + ticket + "/assign", "{\"assignee\":\"carl\"}",
                true)).get("assignee").asText());
        assertEquals("CLOSED", read(carl.json("POST", "/api/tickets/" + ticket + "/close",
                "{\"comment\":\"solved\"}", true)).get("status").asText());
        assertTrue(read(sue.get("/api/tickets?all=1&order=" + order)).toString().contains("\"CLOSED\""));
    }

    @Test
    void theCockpitCountsAndAdminSettingsAreServedAsJson() {
        long shipped = site.shippedOrder("Count Me");
        Client clara = api("clara");
        JsonNode cockpit = read(clara.get("/api/cockpit"));
        assertTrue(cockpit.get("counts").get("SHIPMENT_CREATED").asLong() >= 1, cockpit.toString());
        assertEquals(14, cockpit.get("automationRate").size());
        assertTrue(read(clara.get("/api/orders/" + shipped)).get("decisions").size() >= 1, "the rule decisions");
        assertEquals(403, clara.get("/api/channels").statusCode());
        assertEquals(403, clara.get("/api/users").statusCode());

        RulesApiChannelsTest.FakeChannel channel = new RulesApiChannelsTest.FakeChannel();
        site.channels.add(channel);
        Client ada = api("ada");
        HttpResponse<String> list = ada.get("/api/channels");
        assertTrue(list.body().contains("A1PA6795UKMFR9") && list.body().contains("\"secretsSet\":[\"refreshToken\"]"),
                list.body());
        assertFalse(list.body().contains("s3cr3t-refresh-token"), "secrets are never served");

        HttpResponse<String> refused = ada.json("PUT", "/api/channels/amazon-test", "{\"marketplaceId\":\"\"}", true);
        assertEquals(422, refused.statusCode());
        assertEquals("marketplaceId", read(refused).get("field").asText());
        assertEquals("A1PA6795UKMFR9", channel.values.get("marketplaceId"), "nothing changed");
        assertEquals(422, ada.json("PUT", "/api/channels/amazon-test", "{\"nonsense\":\"1\"}", true).statusCode());

        HttpResponse<String> ok = ada.json("PUT", "/api/channels/amazon-test",
                "{\"marketplaceId\":\"A13V1IB3VIYZZH\",\"refreshToken\":\"rotated-token\"}", true);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("rotated-token", channel.secret);
        assertFalse(ok.body().contains("rotated-token"), "the answer does not show the secret back");
        assertTrue(read(ada.get("/api/users")).toString().contains("\"clara\""));
        assertFalse(ada.get("/api/users").body().contains("$2b$"), "no password hashes");
    }
}
