package org.catura.amazon.plugin.internal.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.channel.ChannelSettings.SettingField;
import org.catura.core.api.channel.ChannelSettings.SettingsException;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An Amazon channel on the generic settings page, on PostgreSQL: write-only secrets, all-or-nothing updates. */
class ChannelSettingsTest {

    static Fixture fixture;
    static final Secrets SECRETS = new AesGcmSecrets(new byte[32]);
    static final String SECRET = "amzn1.oa2-cs.v1.settings-secret-do-not-show-4711";
    static final String REFRESH = "Atzr|IwEBI-settings-refresh-do-not-show-0815";

    final List<String> changes = new ArrayList<>();
    final ChannelService channels = new ChannelService(fixture.database, SECRETS, new ChannelStore(), Fixture.IDS, Fixture.SANDBOX_HOST,
            () -> changes.add("changed"));

    @BeforeAll
    static void database() {
        fixture = new Fixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    ChannelSettings stored(String name, ChannelSecrets secrets) {
        channels.save(AmazonChannel.of(name, "A2SELLER", AmazonChannel.EU_ENDPOINT, AmazonChannel.AMAZON_TOKEN_URL,
                List.of(AmazonMarketplaces.DE, AmazonMarketplaces.FR), "amzn1.application-oa2-client.abc"), secrets);
        return new AmazonChannelSettings(name, channels);
    }

    String row(String name) {
        return fixture.text("select t::text from CAT_AmazonChannel t where Name = ?", name);
    }

    String sealed(String column, String name) {
        return fixture.text("select " + column + " from CAT_AmazonChannel where Name = ?", name);
    }

    @Test
    void showsEveryFieldButNeverASecretAndSaysWhichSecretsAreSet() {
        ChannelSettings none = stored("settings-none", null);
        ChannelSettings one = stored("settings-one", ChannelSecrets.of(SECRET, null));
        ChannelSettings both = stored("settings-both", ChannelSecrets.of(SECRET, REFRESH));

        assertEquals("settings-both", both.channelId());
        assertEquals("Amazon DE FR — seller A2SELLER", both.title());
        assertEquals(List.of("sellerId", "endpoint", "tokenUrl", "marketplaces", "clientId", "clientSecret",
                "refreshToken", "importIntervalSeconds", "overlapMinutes", "syncEnabled"),
                both.fields().stream().map(SettingField::name).toList());
        assertEquals(List.of("clientSecret", "refreshToken"), both.fields().stream()
                .filter(f -> f.kind() == SettingField.Kind.SECRET).map(SettingField::name).toList());
        assertTrue(both.fields().stream().filter(f -> f.name().equals("endpoint")).findFirst().orElseThrow().help()
                .contains("EU: " + AmazonChannel.EU_ENDPOINT));

        assertEquals(Map.of("sellerId", "A2SELLER", "endpoint", AmazonChannel.EU_ENDPOINT, "tokenUrl",
                AmazonChannel.AMAZON_TOKEN_URL, "marketplaces", AmazonMarketplaces.DE + "," + AmazonMarketplaces.FR,
                "clientId", "amzn1.application-oa2-client.abc", "importIntervalSeconds", "300", "overlapMinutes", "10",
                "syncEnabled", "false"), both.values());
        for (ChannelSettings s : List.of(none, one, both)) {
            String shown = s.values() + " " + s.title() + " " + s.fields() + " " + s;
            assertFalse(shown.contains(SECRET) || shown.contains(REFRESH), shown);
            assertFalse(s.values().containsKey("clientSecret") || s.values().containsKey("refreshToken"));
        }
        assertEquals(List.of(), none.secretsSet());
        assertEquals(List.of("clientSecret"), one.secretsSet());
        assertEquals(List.of("clientSecret", "refreshToken"), both.secretsSet());
    }

    @Test
    void aNewSecretReplacesThatOneAndKeepsEverythingElse() {
        ChannelSettings s = stored("settings-replace", ChannelSecrets.of(SECRET, REFRESH));
        Map<String, String> before = s.values();
        String refresh = sealed("RefreshTokenSealed", "settings-replace");

        s.update(Map.of("clientSecret", "amzn1.oa2-cs.v1.the-new-one"), "alice");

        assertEquals("amzn1.oa2-cs.v1.the-new-one", SECRETS.open(sealed("ClientSecretSealed", "settings-replace")));
        assertEquals(refresh, sealed("RefreshTokenSealed", "settings-replace"), "the other secret untouched");
        assertEquals(before, s.values(), "no other setting changed");
        assertEquals(List.of("clientSecret", "refreshToken"), s.secretsSet());
    }

    @Test
    void aNewEndpointOnThePageNeedsBothSecretsTypedAgain() {
        ChannelSettings s = stored("settings-moved", ChannelSecrets.of(SECRET, REFRESH));
        String row = row("settings-moved");
        Map<String, String> edit = new LinkedHashMap<>(s.values());
        edit.put("endpoint", AmazonChannel.NA_ENDPOINT);

        SettingsException e = assertThrows(SettingsException.class, () -> s.update(edit, "mallory"));
        assertEquals("clientSecret", e.field(), "the page points at the first secret to type");
        assertTrue(e.getMessage().contains("LWA client secret") && e.getMessage().contains("LWA refresh token"),
                e.getMessage());
        assertTrue(e.getMessage().contains("the SP-API endpoint changes"), e.getMessage());
        assertEquals(row, row("settings-moved"), "nothing changed");

        edit.put("refreshToken", "Atzr|IwEBI-typed-again");
        e = assertThrows(SettingsException.class, () -> s.update(edit, "alice"));
        assertEquals("clientSecret", e.field());
        assertFalse(e.getMessage().contains("refresh token"), e.getMessage());

        edit.put("clientSecret", SECRET);
        s.update(edit, "alice");
        assertEquals(AmazonChannel.NA_ENDPOINT, s.values().get("endpoint"));
        assertEquals("Atzr|IwEBI-typed-again", SECRETS.open(sealed("RefreshTokenSealed", "settings-moved")));

        Map<String, String> same = new LinkedHashMap<>(s.values());
        same.put("overlapMinutes", "15");
        s.update(same, "alice");
        assertEquals("15", s.values().get("overlapMinutes"), "the endpoint shown again unchanged needs no secrets");
    }

    @Test
    void changesAreAppliedAndWhoMadeThemIsRecorded() {
        ChannelSettings s = stored("settings-who", ChannelSecrets.of(SECRET, REFRESH));
        assertNull(fixture.text("select ChangedBy from CAT_AmazonChannel where Name = 'settings-who'"),
                "the Java API names nobody");
        Map<String, String> edit = new LinkedHashMap<>();
        edit.put("marketplaces", " " + AmazonMarketplaces.UK + ", " + AmazonMarketplaces.DE + " ,," + AmazonMarketplaces.UK);
        edit.put("importIntervalSeconds", "600");
        edit.put("overlapMinutes", "20");
        edit.put("sellerId", " A3OTHER ");
        s.update(edit, "alice");

        assertEquals("alice", fixture.text("select ChangedBy from CAT_AmazonChannel where Name = 'settings-who'"));
        AmazonChannel c = channels.get("settings-who").orElseThrow();
        assertEquals(List.of(AmazonMarketplaces.UK, AmazonMarketplaces.DE), c.marketplaceIds(), "trimmed, no duplicates");
        assertEquals(600, c.importIntervalSeconds());
        assertEquals(20, c.overlapMinutes());
        assertEquals("A3OTHER", c.sellerId());
        assertEquals("Amazon GB DE — seller A3OTHER", s.title());
        assertEquals(List.of("changed", "changed"), changes, "the component is told, to re-plan");

        s.update(Map.of("syncEnabled", "true"), "bob");
        assertTrue(channels.get("settings-who").orElseThrow().syncEnabled());
        assertEquals("bob", fixture.text("select ChangedBy from CAT_AmazonChannel where Name = 'settings-who'"));
        s.update(Map.of("syncEnabled", "false"), "carol");
        assertFalse(channels.get("settings-who").orElseThrow().syncEnabled());
        assertEquals("carol", fixture.text("select ChangedBy from CAT_AmazonChannel where Name = 'settings-who'"));
    }

    @Test
    void anUnknownMarketplaceIsRefusedOnThatFieldAndNothingChanges() {
        ChannelSettings s = stored("settings-market", ChannelSecrets.of(SECRET, REFRESH));
        String before = row("settings-market");
        Map<String, String> edit = new LinkedHashMap<>();
        edit.put("sellerId", "A3CHANGED");
        edit.put("clientSecret", "amzn1.oa2-cs.v1.would-be-new");
        edit.put("marketplaces", AmazonMarketplaces.DE + ",A1XXXXXXXXXXXX");
        SettingsException e = assertThrows(SettingsException.class, () -> s.update(edit, "alice"));
        assertEquals("marketplaces", e.field());
        assertTrue(e.getMessage().startsWith("Marketplace id 'A1XXXXXXXXXXXX' is not one Catura knows"), e.getMessage());
        assertEquals(before, row("settings-market"), "nothing stored changed, not even the secret or the seller id");
        assertEquals(List.of("changed"), changes, "only the first save was announced");
    }

    @Test
    void theFirstBadFieldIsNamedWithEveryReason() {
        ChannelSettings s = stored("settings-first", null);
        String before = row("settings-first");
        Map<String, String> edit = new LinkedHashMap<>();
        edit.put("overlapMinutes", "5000");
        edit.put("endpoint", "sellingpartnerapi-eu.amazon.com");
        SettingsException e = assertThrows(SettingsException.class, () -> s.update(edit, "alice"));
        assertEquals("endpoint", e.field(), "checked in the form's order");
        assertTrue(e.getMessage().contains("overlap must be 0 to 1440 minutes"), e.getMessage());

        assertEquals("importIntervalSeconds", assertThrows(SettingsException.class,
                () -> s.update(Map.of("importIntervalSeconds", "5 min"), "alice")).field());
        assertEquals("syncEnabled", assertThrows(SettingsException.class,
                () -> s.update(Map.of("syncEnabled", "yes"), "alice")).field());
        assertEquals("clientId", assertThrows(SettingsException.class,
                () -> s.update(Map.of("clientId", "  "), "alice")).field());
        assertEquals("timeCompression", assertThrows(SettingsException.class,
                () -> s.update(Map.of("timeCompression", "60"), "alice")).field(), "not a setting of the form");
        assertEquals(before, row("settings-first"));
    }

    @Test
    void switchingSyncOnWithoutTheRefreshTokenIsRefusedAndNothingChanges() {
        ChannelSettings s = stored("settings-enable", ChannelSecrets.of(SECRET, null));
        String before = row("settings-enable");
        Map<String, String> edit = new LinkedHashMap<>();
        edit.put("syncEnabled", "true");
        edit.put("importIntervalSeconds", "900");
        SettingsException e = assertThrows(SettingsException.class, () -> s.update(edit, "alice"));
        assertEquals("refreshToken", e.field());
        assertTrue(e.getMessage().contains("LWA refresh token is not set"), e.getMessage());
        assertEquals(before, row("settings-enable"), "neither the interval nor the switch was stored");

        Map<String, String> withToken = new HashMap<>(edit);
        withToken.put("refreshToken", REFRESH);
        s.update(withToken, "alice");
        AmazonChannel c = channels.get("settings-enable").orElseThrow();
        assertTrue(c.syncEnabled(), "the token and the switch in one change");
        assertEquals(900, c.importIntervalSeconds());
        assertEquals(REFRESH, SECRETS.open(sealed("RefreshTokenSealed", "settings-enable")));
    }

    @Test
    void aBlankSecretNeverClearsTheStoredOne() {
        ChannelSettings s = stored("settings-blank", ChannelSecrets.of(SECRET, REFRESH));
        String before = row("settings-blank");
        for (String blank : List.of("", "   ")) {
            Map<String, String> edit = new LinkedHashMap<>();
            edit.put("overlapMinutes", "30");
            edit.put("refreshToken", blank);
            SettingsException e = assertThrows(SettingsException.class, () -> s.update(edit, "alice"));
            assertEquals("refreshToken", e.field());
            assertTrue(e.getMessage().contains("cannot be removed"), e.getMessage());
        }
        assertEquals(before, row("settings-blank"));
        assertEquals(REFRESH, SECRETS.open(sealed("RefreshTokenSealed", "settings-blank")));
        assertEquals(List.of("clientSecret", "refreshToken"), s.secretsSet());

        Map<String, String> absent = new HashMap<>();
        absent.put("clientSecret", null);
        absent.put("overlapMinutes", "30");
        s.update(absent, "alice");
        assertEquals(SECRET, SECRETS.open(sealed("ClientSecretSealed", "settings-blank")), "null: kept");
    }

    @Test
    void aChannelThatIsGoneIsRefusedAsAWhole() {
        ChannelSettings gone = new AmazonChannelSettings("settings-gone", channels);
        assertEquals(Map.of(), gone.values());
        assertEquals(List.of(), gone.secretsSet());
        SettingsException e = assertThrows(SettingsException.class,
                () -> gone.update(Map.of("overlapMinutes", "5"), "alice"));
        assertNull(e.field());
        assertTrue(e.getMessage().contains("no Amazon channel named 'settings-gone'"), e.getMessage());
    }

    @Test
    void oneSettingsServicePerStoredChannelFollowsTheChannels() {
        Map<Object, ChannelSettings> registry = new LinkedHashMap<>();
        SettingsServices services = new SettingsServices(new SettingsServices.Registry() {
            @Override
            public Object register(ChannelSettings settings) {
                Object handle = new Object();
                registry.put(handle, settings);
                return handle;
            }

            @Override
            public void unregister(Object registration) {
                registry.remove(registration);
            }
        }, name -> new AmazonChannelSettings(name, channels));
        stored("settings-reg-a", null);
        services.sync(channels.stored());
        assertTrue(services.channelIds().contains("settings-reg-a"), "offered though sync is off");
        Object handle = handleOf(registry, "settings-reg-a");

        stored("settings-reg-b", ChannelSecrets.of(SECRET, REFRESH));
        new AmazonChannelSettings("settings-reg-a", channels).update(Map.of("overlapMinutes", "25"), "alice");
        services.sync(channels.stored());
        assertTrue(services.channelIds().contains("settings-reg-b"), "a new channel is added");
        assertSame(handle, handleOf(registry, "settings-reg-a"), "a changed channel keeps its registration");
        assertEquals(services.channelIds().size(), registry.size());

        services.sync(channels.stored().stream().filter(c -> !c.name().equals("settings-reg-b")).toList());
        assertFalse(services.channelIds().contains("settings-reg-b"), "withdrawn when gone");

        services.close();
        assertTrue(registry.isEmpty(), "all withdrawn on deactivation");
        services.sync(channels.stored());
        assertTrue(registry.isEmpty(), "nothing registered again after closing");
    }

    private static Object handleOf(Map<Object, ChannelSettings> registry, String channel) {
        return registry.entrySet().stream().filter(e -> e.getValue().channelId().equals(channel)).findFirst()
                .orElseThrow().getKey();
    }
}
