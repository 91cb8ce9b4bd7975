package org.catura.amazon.plugin.internal.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.channel.ChannelSettings.SettingField;
import org.catura.core.api.channel.ChannelSettings.SettingsException;
import org.catura.core.api.channel.ConnectionTest;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.UsagePlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A channel from nothing: created from region and countries, order sync off; Amazon's hosts only
 * unless allowed; the connection test against the sandbox, for success and each failure.
 */
class NewChannelTest {

    static Fixture fixture;
    static SpApiSandbox sandbox;
    static final Secrets SECRETS = new AesGcmSecrets(new byte[32]);

    final ChannelService amazonOnly = new ChannelService(fixture.database, SECRETS, Fixture.IDS, AllowedHosts.amazonOnly(), () -> { });
    final ChannelService sandboxAllowed = new ChannelService(fixture.database, SECRETS, Fixture.IDS, Fixture.SANDBOX_HOST, () -> { });

    @BeforeAll
    static void start() throws Exception {
        fixture = new Fixture();
        sandbox = new SpApiSandbox(SandboxSettings.defaults()).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        fixture.close();
    }

    static Map<String, String> form(String name) {
        Map<String, String> v = new HashMap<>();
        v.put("name", name);
        v.put("region", "EU");
        v.put("marketplaces", "Germany, France");
        v.put("sellerId", "A2SELLER");
        v.put("clientId", sandbox.settings().clientId());
        v.put("clientSecret", sandbox.settings().clientSecret());
        v.put("refreshToken", sandbox.settings().refreshToken());
        return v;
    }

    /** On the sandbox: the endpoint and token URL typed, as allowed hosts permit. */
    static Map<String, String> onSandbox(String name) {
        Map<String, String> v = form(name);
        v.put("endpoint", sandbox.endpoint().toString());
        v.put("tokenUrl", sandbox.tokenUrl().toString());
        return v;
    }

    @Test
    void theRegionSetsAmazonsHostsAndCountriesPickTheMarketplacesWithSyncOff() {
        String id = new AmazonChannelSetup(amazonOnly).create(form("amazon-new-eu"), "anna");
        AmazonChannel c = amazonOnly.get(id).orElseThrow();
        assertEquals("https://sellingpartnerapi-eu.amazon.com", c.endpoint());
        assertEquals("https://api.amazon.com/auth/o2/token", c.tokenUrl());
        assertEquals(List.of(AmazonMarketplaces.DE, AmazonMarketplaces.FR), c.marketplaceIds());
        assertFalse(c.syncEnabled(), "order sync starts off");
        assertTrue(c.clientSecretSet() && c.refreshTokenSet());
        assertEquals("anna", fixture.text("select ChangedBy from CAT_AmazonChannel where Name = ?", id));
    }

    @Test
    void theEndpointFieldsAreOfferedOnlyWhereOtherHostsAreAllowed() {
        List<String> plain = new AmazonChannelSetup(amazonOnly).fields().stream().map(SettingField::name).toList();
        assertEquals(List.of("name", "region", "marketplaces", "sellerId", "clientId", "clientSecret", "refreshToken"), plain);
        List<String> allowed = new AmazonChannelSetup(sandboxAllowed).fields().stream().map(SettingField::name).toList();
        assertTrue(allowed.containsAll(List.of("endpoint", "tokenUrl")), allowed.toString());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        AmazonChannelSetup setup = new AmazonChannelSetup(amazonOnly);
        Map<String, String> v = form("amazon-bad");
        v.put("marketplaces", "Germany, Atlantis");
        assertEquals("marketplaces", refusal(setup, v).field());
        v = form("amazon-bad");
        v.put("region", "NA");
        SettingsException wrongRegion = refusal(setup, v);
        assertEquals("marketplaces", wrongRegion.field());
        assertTrue(wrongRegion.getMessage().contains("Germany is served by region EU, not NA"), wrongRegion.getMessage());
        v = form("amazon-bad");
        v.remove("refreshToken");
        assertEquals("refreshToken", refusal(setup, v).field());
        v = form("Amazon Bad!");
        assertEquals("name", refusal(setup, v).field());
        v = form("amazon-bad");
        v.put("region", "XX");
        assertEquals("region", refusal(setup, v).field());
        assertEquals(0, fixture.count("select count(*) from CAT_AmazonChannel where Name = 'amazon-bad'"));
    }

    @Test
    void aTakenNameIsRefusedAndTheExistingChannelStaysAsItIs() {
        AmazonChannelSetup setup = new AmazonChannelSetup(amazonOnly);
        setup.create(form("amazon-taken"), null);
        Map<String, String> again = form("amazon-taken");
        again.put("sellerId", "A2OTHER");
        SettingsException e = refusal(setup, again);
        assertEquals("name", e.field());
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
        assertEquals("A2SELLER", amazonOnly.get("amazon-taken").orElseThrow().sellerId());
    }

    @Test
    void anEndpointOfOnesOwnIsRefusedUnlessItsHostIsAllowed() {
        SettingsException e = refusal(new AmazonChannelSetup(amazonOnly), onSandbox("amazon-own-host"));
        assertEquals("endpoint", e.field());
        assertTrue(e.getMessage().contains("is not Amazon's") && e.getMessage().contains("amazon.allowedHosts=127.0.0.1:"),
                e.getMessage());
        // Java API too: a sandbox URL is refused where only Amazon's hosts are allowed
        assertThrows(IllegalArgumentException.class, () -> amazonOnly.save(Fixture.channel("amazon-own-host", sandbox),
                Fixture.secrets(sandbox)));
        assertEquals(0, fixture.count("select count(*) from CAT_AmazonChannel where Name = 'amazon-own-host'"));
        new AmazonChannelSetup(sandboxAllowed).create(onSandbox("amazon-own-host"), null);
        assertEquals(sandbox.endpoint().toString(), sandboxAllowed.get("amazon-own-host").orElseThrow().endpoint());
    }

    @Test
    void aStoredChannelWhoseHostIsNoLongerAllowedIsNotSignedInToButKept() {
        new AmazonChannelSetup(sandboxAllowed).create(onSandbox("amazon-was-allowed"), null);
        sandbox.clearCalls();
        ConnectionTest t = amazonOnly.testConnection("amazon-was-allowed");
        assertFalse(t.ok());
        assertTrue(t.message().contains("secrets were not sent") && t.message().contains("amazon.allowedHosts=127.0.0.1:"),
                t.message());
        assertThrows(HostNotAllowedException.class, () -> new ChannelClients(SECRETS, AllowedHosts.amazonOnly(),
                Fixture.FAST_RETRY).client(amazonOnly.require("amazon-was-allowed")));
        assertEquals(List.of(), sandbox.calls(), "nothing, not even the login, reached the host");
        // still there, and still editable apart from its host
        amazonOnly.change("amazon-was-allowed", c -> c.withOverlapMinutes(20), null, "anna");
        assertEquals(20, amazonOnly.get("amazon-was-allowed").orElseThrow().overlapMinutes());
    }

    @Test
    void theConnectionTestNamesTheMarketplacesTheSellerParticipatesIn() {
        new AmazonChannelSetup(sandboxAllowed).create(onSandbox("amazon-test-ok"), null);
        sandbox.clearCalls();
        ConnectionTest t = sandboxAllowed.testConnection("amazon-test-ok");
        assertTrue(t.ok(), t.message());
        assertTrue(t.message().contains("participates in") && t.message().contains("Germany"), t.message());
        assertTrue(t.details().stream().anyMatch(d -> d.startsWith("Germany (A1PA6795UKMFR9, www.amazon.de)")),
                t.details().toString());
        assertEquals(1, sandbox.calls(UsagePlan.GET_MARKETPLACE_PARTICIPATIONS).size());
    }

    @Test
    void aWrongClientSecretIsToldAsSuch() {
        Map<String, String> v = onSandbox("amazon-test-secret");
        v.put("clientSecret", "not-the-secret");
        new AmazonChannelSetup(sandboxAllowed).create(v, null);
        ConnectionTest t = sandboxAllowed.testConnection("amazon-test-secret");
        assertFalse(t.ok());
        assertTrue(t.message().contains("client id or client secret (invalid_client)"), t.message());
        assertFalse(t.message().contains("not-the-secret"), "the secret is never shown");
    }

    @Test
    void aWrongOrRevokedRefreshTokenIsToldAsSuch() {
        Map<String, String> v = onSandbox("amazon-test-refresh");
        v.put("refreshToken", "Atzr|revoked");
        new AmazonChannelSetup(sandboxAllowed).create(v, null);
        ConnectionTest t = sandboxAllowed.testConnection("amazon-test-refresh");
        assertFalse(t.ok());
        assertTrue(t.message().contains("refresh token (invalid_grant)") && t.message().contains("revoked"), t.message());
    }

    @Test
    void aMarketplaceTheSellerDoesNotParticipateInIsNamed() {
        new AmazonChannelSetup(sandboxAllowed).create(onSandbox("amazon-test-market"), null);
        sandbox.sellers().participateOnlyIn(List.of(AmazonMarketplaces.DE));
        try {
            ConnectionTest t = sandboxAllowed.testConnection("amazon-test-market");
            assertFalse(t.ok());
            assertTrue(t.message().contains("does not participate in France"), t.message());
            assertTrue(t.message().contains("participates in: Germany"), t.message());
        } finally {
            sandbox.sellers().participateOnlyIn(List.copyOf(AmazonMarketplaces.COUNTRIES.keySet()));
        }
    }

    @Test
    void anAppNotAuthorisedIsToldFromAmazons403() {
        new AmazonChannelSetup(sandboxAllowed).create(onSandbox("amazon-test-denied"), null);
        sandbox.faults().deny(UsagePlan.GET_MARKETPLACE_PARTICIPATIONS);
        try {
            ConnectionTest t = sandboxAllowed.testConnection("amazon-test-denied");
            assertFalse(t.ok());
            assertTrue(t.message().contains("Signed in, but Amazon denied") && t.message().contains("not authorised"),
                    t.message());
        } finally {
            sandbox.faults().allow(UsagePlan.GET_MARKETPLACE_PARTICIPATIONS);
        }
    }

    @Test
    void throttlingIsToldAsSuch() {
        new AmazonChannelSetup(sandboxAllowed).create(onSandbox("amazon-test-throttled"), null);
        sandbox.faults().throttleNext(UsagePlan.GET_MARKETPLACE_PARTICIPATIONS, 1);
        ConnectionTest t = sandboxAllowed.testConnection("amazon-test-throttled");
        assertFalse(t.ok());
        assertTrue(t.message().contains("throttled") && t.message().contains("QuotaExceeded"), t.message());
    }

    @Test
    void anUnreachableHostIsANetworkProblem() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Map<String, String> v = form("amazon-test-network");
        v.put("endpoint", "http://127.0.0.1:" + closedPort);
        v.put("tokenUrl", "http://127.0.0.1:" + closedPort + "/auth/o2/token");
        new AmazonChannelSetup(sandboxAllowed).create(v, null);
        ConnectionTest t = sandboxAllowed.testConnection("amazon-test-network");
        assertFalse(t.ok());
        assertTrue(t.message().startsWith("Cannot reach Login with Amazon at 127.0.0.1")
                && t.message().contains("refused or the host is unreachable"), t.message());
    }

    private static SettingsException refusal(AmazonChannelSetup setup, Map<String, String> values) {
        return assertThrows(SettingsException.class, () -> setup.create(values, null));
    }
}
