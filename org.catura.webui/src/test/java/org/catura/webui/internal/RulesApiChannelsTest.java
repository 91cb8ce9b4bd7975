package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.api.channel.ChannelSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The rule editor, the REST API and the generic channel settings page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulesApiChannelsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    Site site;
    Client admin;

    @BeforeAll
    void start() throws Exception {
        site = new Site();
        admin = new Client(site.url);
        assertEquals(302, admin.login("ada", Site.PASSWORD).statusCode());
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    List<ReleaseRule> rules() {
        return site.tx(t -> site.rules.list(t));
    }

    @Test
    void anInvalidConditionIsRefusedWithItsPositionAndNothingIsSaved() {
        List<ReleaseRule> before = rules();
        HttpResponse<String> r = admin.post("/catura/rules", "name", "Broken", "condition", "total >\n  && country",
                "action", "MANUAL_QUEUE", "reason", "x", "holdHours", "0", "active", "1");
        assertEquals(422, r.statusCode());
        assertTrue(r.body().matches("(?s).*at line \\d+, column \\d+.*"), r.body());
        assertEquals(before, rules(), "nothing saved");

        HttpResponse<String> api = admin.json("POST", "/api/rules",
                "{\"name\":\"Broken\",\"condition\":\"total > > 3\",\"action\":\"HOLD\",\"holdHours\":2}", true);
        assertEquals(422, api.statusCode());
        JsonNode err = read(api);
        assertTrue(err.get("line").asInt() >= 1 && err.get("column").asInt() >= 1, api.body());
        assertEquals(before, rules());
    }

    @Test
    void aRuleThatReachesForTheHostIsRefusedWithItsMessageOnThePageAndTheApi() {
        List<ReleaseRule> before = rules();
        HttpResponse<String> page = admin.post("/catura/rules", "name", "Key file", "condition",
                "new('java.io.FileInputStream', '/etc/passwd').read() > 0", "action", "MANUAL_QUEUE", "reason", "x",
                "holdHours", "0", "active", "1");
        assertEquals(422, page.statusCode());
        assertTrue(page.body().contains("a rule may not create objects (new)"), page.body());
        HttpResponse<String> api = admin.json("POST", "/api/rules", "{\"name\":\"Huge\",\"condition\":"
                + "\"'x'.repeat(1000000000) != ''\",\"action\":\"MANUAL_QUEUE\"}", true);
        assertEquals(422, api.statusCode());
        assertTrue(read(api).get("message").asText().startsWith("a rule may not call 'repeat'"), api.body());
        assertEquals(before, rules(), "nothing saved");
    }

    @Test
    void aValidRuleIsAddedMovedToggledAndDeleted() {
        HttpResponse<String> r = admin.post("/catura/rules", "name", "Austria by hand", "condition",
                "country == 'AT'", "action", "MANUAL_QUEUE", "reason", "Check customs", "holdHours", "0", "active",
                "1");
        assertEquals(302, r.statusCode(), r.body());
        ReleaseRule added = rules().stream().filter(x -> x.name().equals("Austria by hand")).findFirst().orElseThrow();
        List<ReleaseRule> all = rules();
        assertEquals(added.id(), all.get(all.size() - 1).id(), "a new rule goes last");

        admin.post("/catura/rules/" + added.id() + "/move", "dir", "up");
        all = rules();
        assertEquals(added.id(), all.get(all.size() - 2).id(), "moved up one place");

        admin.post("/catura/rules/" + added.id() + "/toggle");
        assertFalse(rules().stream().filter(x -> x.id() == added.id()).findFirst().orElseThrow().active());

        admin.post("/catura/rules/" + added.id() + "/delete");
        assertTrue(rules().stream().noneMatch(x -> x.id() == added.id()));
    }

    @Test
    void aHoldUntilADateIsEditedKeptThroughMovesAndToggleAndRefusedWithItsPosition() {
        HttpResponse<String> r = admin.post("/catura/rules", "name", "Christmas break", "condition", "country == 'DE'",
                "action", "HOLD", "reason", "closed", "holdUntil", "'2026-12-27'", "holdHours", "0", "active", "1");
        assertEquals(302, r.statusCode(), r.body());
        ReleaseRule added = rules().stream().filter(x -> x.name().equals("Christmas break")).findFirst().orElseThrow();
        assertEquals("'2026-12-27'", added.holdUntil());
        assertTrue(admin.get("/catura/rules").body().contains("until <code>&#39;2026-12-27&#39;</code>"),
                "the list shows the hold date");

        admin.post("/catura/rules/" + added.id() + "/move", "dir", "up");
        admin.post("/catura/rules/" + added.id() + "/toggle");
        ReleaseRule after = rules().stream().filter(x -> x.id() == added.id()).findFirst().orElseThrow();
        assertEquals("'2026-12-27'", after.holdUntil(), "moving and switching off keep the hold date");
        assertTrue(rules().stream().filter(x -> x.name().equals("Pre-order not yet due")).findFirst().orElseThrow()
                .holdUntil().contains("hoursToLatestShip - 48"), "renumbering kept the default's hold date");

        List<ReleaseRule> before = rules();
        HttpResponse<String> bad = admin.post("/catura/rules/" + added.id(), "seq", String.valueOf(after.seq()),
                "name", "Christmas break", "condition", "country == 'DE'", "action", "HOLD", "holdUntil",
                "hoursToLatestShip -", "holdHours", "0");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("hold until: ") && bad.body().matches("(?s).*line 1, column \\d+.*"),
                bad.body());
        HttpResponse<String> api = admin.json("PUT", "/api/rules/" + added.id(), "{\"name\":\"Christmas break\","
                + "\"condition\":\"true\",\"action\":\"HOLD\",\"holdUntil\":\"'next week'\"}", true);
        assertEquals(422, api.statusCode());
        assertTrue(read(api).get("message").asText().contains("'next week' is not a date"), api.body());
        assertEquals(before, rules(), "nothing saved");

        HttpResponse<String> ok = admin.json("PUT", "/api/rules/" + added.id(), "{\"name\":\"Christmas break\","
                + "\"seq\":" + after.seq() + ",\"condition\":\"country == 'DE'\",\"action\":\"HOLD\","
                + "\"holdUntil\":\"'2026-12-28T07:00:00Z'\",\"active\":false}", true);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("'2026-12-28T07:00:00Z'", read(ok).get("holdUntil").asText());
        admin.post("/catura/rules/" + added.id() + "/delete");
    }

    @Test
    void thePreviewListsTheDecidedOrdersTheConditionCatches() {
        long austrian = site.shippedOrder("Preview Buyer");
        String html = admin.post("/catura/rules/preview", "condition", "total > 10", "name", "p", "action",
                "MANUAL_QUEUE").body();
        assertTrue(html.contains(site.view(austrian).externalId()), html);
        String none = admin.post("/catura/rules/preview", "condition", "total > 100000", "name", "p", "action",
                "MANUAL_QUEUE").body();
        assertFalse(none.contains(site.view(austrian).externalId()));
        assertTrue(html.matches("(?s).*of the last 1,?000 decided orders.*"), "the page names the window");
        JsonNode api = read(admin.json("POST", "/api/rules/preview", "{\"condition\":\"total > 10\"}", true));
        assertTrue(api.get("orders").toString().contains(String.valueOf(austrian)));
        assertEquals(1000, api.get("lastOrders").asInt());
    }

    @Test
    void theRestApiServesOrdersTimelineQueueAndTickets() {
        long order = site.queuedOrder("Api Buyer");
        Client clerk = new Client(site.url);
        HttpResponse<String> login = clerk.json("POST", "/api/login",
                "{\"username\":\"carl\",\"password\":\"" + Site.PASSWORD + "\"}", false);
        assertEquals(200, login.statusCode(), login.body());
        clerk.csrf = read(login).get("csrfToken").asText();

        JsonNode orders = read(clerk.get("/api/orders?state=MANUAL_QUEUE"));
        assertTrue(orders.isArray() && orders.toString().contains(site.view(order).externalId()));
        JsonNode detail = read(clerk.get("/api/orders/" + order));
        assertEquals("MANUAL_QUEUE", detail.get("view").get("state").asText());
        assertTrue(read(clerk.get("/api/orders/" + order + "/timeline")).size() >= 3);
        assertTrue(read(clerk.get("/api/queue")).toString().contains(String.valueOf(order)));

        JsonNode claim = read(clerk.json("POST", "/api/queue/" + order + "/claim", null, true));
        assertEquals("carl", claim.get("holder").asText());
        long ticket = site.tx(t -> site.tickets.openTicket(t, order,
                org.catura.ticket.api.TicketType.MANUAL_QUEUE)).orElseThrow().id();
        assertEquals(200, clerk.json("POST", "/api/tickets/" + ticket + "/comment", "{\"text\":\"via API\"}", true)
                .statusCode());
        assertTrue(read(clerk.get("/api/tickets/" + ticket)).get("history").toString().contains("via API"));
        assertEquals(401, new Client(site.url).get("/api/orders").statusCode());
        assertEquals(403, clerk.json("POST", "/api/rules/validate", "{\"condition\":\"true\"}", true).statusCode());
        JsonNode valid = read(admin.json("POST", "/api/rules/validate", "{\"condition\":\"total >\"}", true));
        assertFalse(valid.get("valid").asBoolean());
    }

    @Test
    void channelSecretsAreWriteOnly() {
        FakeChannel ch = new FakeChannel();
        site.channels.add(ch);
        String page = admin.get("/catura/channels/amazon-test").body();
        assertTrue(page.contains("A1PA6795UKMFR9"), "plain values are shown");
        assertFalse(page.contains("s3cr3t-refresh-token"), "the secret is never rendered");
        assertTrue(page.contains("id=\"secret-refreshToken\">set<"), page);

        HttpResponse<String> bad = admin.post("/catura/channels/amazon-test", "f_marketplaceId", "",
                "f_refreshToken", "");
        assertEquals(422, bad.statusCode());
        assertEquals("A1PA6795UKMFR9", ch.values.get("marketplaceId"), "nothing changed");
        assertEquals("s3cr3t-refresh-token", ch.secret);

        HttpResponse<String> ok = admin.post("/catura/channels/amazon-test", "f_marketplaceId", "A13V1IB3VIYZZH",
                "f_refreshToken", "");
        assertEquals(302, ok.statusCode());
        assertEquals("A13V1IB3VIYZZH", ch.values.get("marketplaceId"));
        assertEquals("s3cr3t-refresh-token", ch.secret, "an empty secret field keeps the secret");
        admin.post("/catura/channels/amazon-test", "f_marketplaceId", "A13V1IB3VIYZZH", "f_refreshToken", "new-one");
        assertEquals("new-one", ch.secret);
        assertFalse(admin.get("/catura/channels/amazon-test").body().contains("new-one"));
    }

    static JsonNode read(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    /** A channel's settings as a plugin would offer them, kept in memory. */
    static final class FakeChannel implements ChannelSettings {
        final Map<String, String> values = new HashMap<>(Map.of("marketplaceId", "A1PA6795UKMFR9"));
        String secret = "s3cr3t-refresh-token";

        @Override
        public String channelId() {
            return "amazon-test";
        }

        @Override
        public String title() {
            return "Amazon test account";
        }

        @Override
        public List<SettingField> fields() {
            return List.of(new SettingField("marketplaceId", "Marketplace id", SettingField.Kind.TEXT, "", true, null),
                    new SettingField("refreshToken", "LWA refresh token", SettingField.Kind.SECRET, "", true, null));
        }

        @Override
        public Map<String, String> values() {
            return Map.copyOf(values);
        }

        @Override
        public List<String> secretsSet() {
            return secret == null ? List.of() : List.of("refreshToken");
        }

        @Override
        public void update(Map<String, String> changes, String who) {
            if (changes.containsKey("marketplaceId") && changes.get("marketplaceId").isBlank()) {
                throw new SettingsException("marketplaceId", "The marketplace id is required");
            }
            List<String> keys = new ArrayList<>(changes.keySet());
            for (String k : keys) {
                if (k.equals("refreshToken")) {
                    secret = changes.get(k);
                } else {
                    values.put(k, changes.get(k));
                }
            }
        }
    }
}
