package org.catura.amazon.plugin.internal.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.api.InvalidChannelException;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.amazon.plugin.internal.client.SpApiClient;
import org.catura.amazon.plugin.internal.imports.ImportObserver;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Channel configuration on PostgreSQL: validation, sealed secrets, scheduling per enabled channel. */
class ChannelsTest {

    static Fixture fixture;
    static final Secrets SECRETS = new AesGcmSecrets(new byte[32]);
    static final String SECRET = "amzn1.oa2-cs.v1.s3cr3t-do-not-print-4711";
    static final String REFRESH = "Atzr|IwEBI-refresh-token-do-not-print-0815";

    final ChannelService channels = new ChannelService(fixture.database, SECRETS, new ChannelStore(), Fixture.IDS, Fixture.SANDBOX_HOST, () -> { });

    @BeforeAll
    static void database() {
        fixture = new Fixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static AmazonChannel de(String name) {
        return AmazonChannel.of(name, "A2SELLER", AmazonChannel.EU_ENDPOINT, AmazonChannel.AMAZON_TOKEN_URL,
                List.of(AmazonMarketplaces.DE), "amzn1.application-oa2-client.abc");
    }

    @Test
    void badSettingsAreRefusedWithAMessagePerField() {
        AmazonChannel bad = new AmazonChannel("amazon-eu", "A2SELLER", "sellingpartnerapi-eu.amazon.com",
                "https://api.amazon.com/auth/o2/token", List.of(AmazonMarketplaces.DE, "A1XXXXXXXXXXXX"), "client", 30,
                10, 1, false, null, false, false);
        InvalidChannelException e = assertThrows(InvalidChannelException.class, () -> channels.save(bad, null));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertEquals(List.of("endpoint", "marketplaceIds", "importIntervalSeconds"),
                e.details().stream().map(InvalidChannelException.Problem::field).toList(), "each names its field");
        assertTrue(e.problems().get(0).contains("SP-API endpoint 'sellingpartnerapi-eu.amazon.com' is not an http(s) URL"),
                e.getMessage());
        assertTrue(e.problems().get(1).contains("marketplace id 'A1XXXXXXXXXXXX' is not one Catura knows"), e.getMessage());
        assertTrue(e.problems().get(2).contains("import interval must be at least 60 seconds"), e.getMessage());
        assertTrue(e.getMessage().startsWith("Amazon channel 'amazon-eu': "));
        assertTrue(channels.get("amazon-eu").isEmpty(), "nothing stored");

        AmazonChannel compressed = de("amazon-fast").withImportIntervalSeconds(5).withTimeCompression(60);
        assertEquals(5, channels.save(compressed, null).importIntervalSeconds(), "short intervals with time compression");
        assertThrows(InvalidChannelException.class, () -> channels.save(de("Amazon EU!"), null));
    }

    @Test
    void syncIsDisabledUntilSwitchedOnAndNeedsBothSecrets() {
        AmazonChannel saved = channels.save(de("amazon-new"), ChannelSecrets.of(SECRET, null));
        assertFalse(saved.syncEnabled(), "disabled until switched on");
        assertTrue(saved.clientSecretSet());
        assertFalse(saved.refreshTokenSet());
        InvalidChannelException e = assertThrows(InvalidChannelException.class, () -> channels.enable("amazon-new"));
        assertTrue(e.getMessage().contains("LWA refresh token is not set"), e.getMessage());
        channels.save(saved, ChannelSecrets.of(null, REFRESH));
        assertTrue(channels.enable("amazon-new").syncEnabled());
        assertFalse(channels.disable("amazon-new").syncEnabled());
    }

    @Test
    void secretsAreSealedAtRestNeverReturnedAndKeptWhenNotGiven() {
        channels.save(de("amazon-sealed"), ChannelSecrets.of(SECRET, REFRESH));
        String row = fixture.text("select t::text from CAT_AmazonChannel t where Name = 'amazon-sealed'");
        assertFalse(row.contains(SECRET) || row.contains(REFRESH), "the table never holds the plain secret: " + row);
        String sealed = fixture.text("select ClientSecretSealed from CAT_AmazonChannel where Name = 'amazon-sealed'");
        assertTrue(sealed.startsWith("v1:"));
        assertEquals(SECRET, SECRETS.open(sealed), "sealed with the Secrets key");
        assertEquals(REFRESH, SECRETS.open(fixture.text(
                "select RefreshTokenSealed from CAT_AmazonChannel where Name = 'amazon-sealed'")));

        AmazonChannel changed = channels.save(de("amazon-sealed").withImportIntervalSeconds(900), null);
        assertEquals(900, changed.importIntervalSeconds());
        assertEquals(sealed, fixture.text("select ClientSecretSealed from CAT_AmazonChannel where Name = 'amazon-sealed'"),
                "null secrets leave the stored ones");
        StoredChannel stored = channels.require("amazon-sealed");
        for (String text : List.of(changed.toString(), stored.toString(), ChannelSecrets.of(SECRET, REFRESH).toString(),
                channels.list().toString())) {
            assertFalse(text.contains(SECRET) || text.contains(REFRESH) || text.contains(sealed), text);
        }
        assertTrue(ChannelSecrets.of(SECRET, null).toString().contains("refreshToken=unchanged"));
    }

    @Test
    void changingTheEndpointOrTheTokenUrlNeedsBothSecretsAgainInTheSameSave() {
        channels.save(de("amazon-moved"), ChannelSecrets.of(SECRET, REFRESH));
        String sealed = fixture.text("select ClientSecretSealed from CAT_AmazonChannel where Name = 'amazon-moved'");
        AmazonChannel stored = channels.get("amazon-moved").orElseThrow();

        AmazonChannel elsewhere = stored.withEndpoint("http://127.0.0.1:8443", stored.tokenUrl());
        InvalidChannelException none = assertThrows(InvalidChannelException.class, () -> channels.save(elsewhere, null));
        assertEquals(List.of("clientSecret", "refreshToken"),
                none.details().stream().map(InvalidChannelException.Problem::field).toList(), none.getMessage());
        assertTrue(none.getMessage().contains("the SP-API endpoint changes"), none.getMessage());
        InvalidChannelException one = assertThrows(InvalidChannelException.class,
                () -> channels.save(elsewhere, ChannelSecrets.of(SECRET, null)));
        assertEquals(List.of("refreshToken"), one.details().stream().map(InvalidChannelException.Problem::field).toList());
        AmazonChannel newToken = stored.withEndpoint(stored.endpoint(), "http://127.0.0.1:8443/auth/o2/token");
        InvalidChannelException token = assertThrows(InvalidChannelException.class,
                () -> channels.save(newToken, ChannelSecrets.of(null, REFRESH)));
        assertEquals(List.of("clientSecret"), token.details().stream().map(InvalidChannelException.Problem::field).toList());
        assertTrue(token.getMessage().contains("the LWA token URL changes"), token.getMessage());
        assertEquals(stored, channels.get("amazon-moved").orElseThrow(), "nothing stored");
        assertEquals(sealed, fixture.text("select ClientSecretSealed from CAT_AmazonChannel where Name = 'amazon-moved'"));

        AmazonChannel moved = channels.save(elsewhere, ChannelSecrets.of("amzn1.oa2-cs.v1.typed-again", REFRESH));
        assertEquals("http://127.0.0.1:8443", moved.endpoint());
        assertEquals("amzn1.oa2-cs.v1.typed-again", SECRETS.open(fixture.text(
                "select ClientSecretSealed from CAT_AmazonChannel where Name = 'amazon-moved'")));
        assertEquals(900, channels.save(moved.withImportIntervalSeconds(900), null).importIntervalSeconds(),
                "other changes keep the stored secrets as before");
    }

    @Test
    void httpIsRefusedExceptForAnAllowedHost() {
        InvalidChannelException endpoint = assertThrows(InvalidChannelException.class, () -> channels.save(
                de("amazon-plain").withEndpoint("http://sellingpartnerapi-eu.amazon.com", AmazonChannel.AMAZON_TOKEN_URL),
                ChannelSecrets.of(SECRET, REFRESH)));
        assertEquals("endpoint", endpoint.details().get(0).field());
        assertTrue(endpoint.getMessage().contains("must use https"), endpoint.getMessage());
        InvalidChannelException token = assertThrows(InvalidChannelException.class, () -> channels.save(
                de("amazon-plain").withEndpoint(AmazonChannel.EU_ENDPOINT, "http://api.amazon.com/auth/o2/token"),
                ChannelSecrets.of(SECRET, REFRESH)));
        assertEquals("tokenUrl", token.details().get(0).field());
        InvalidChannelException other = assertThrows(InvalidChannelException.class, () -> channels.save(
                de("amazon-plain").withEndpoint("http://proxy.example.com", AmazonChannel.AMAZON_TOKEN_URL),
                ChannelSecrets.of(SECRET, REFRESH)));
        assertTrue(other.getMessage().contains("amazon.allowedHosts=proxy.example.com"), other.getMessage());
        assertTrue(channels.get("amazon-plain").isEmpty(), "nothing stored");

        AmazonChannel local = channels.save(de("amazon-plain").withEndpoint("http://127.0.0.1:8443",
                "http://127.0.0.1:8443/auth/o2/token"), ChannelSecrets.of(SECRET, REFRESH));
        assertEquals("http://127.0.0.1:8443", local.endpoint(), "127.0.0.1 is allowed here (Fixture.SANDBOX_HOST)");
    }

    @Test
    void secretsNeverReachTheLogNorARunsReport() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (SpApiSandbox sandbox = new SpApiSandbox(SandboxSettings.defaults()).start()) {
            Fixture.Wiring w = fixture.wire(SECRETS, Fixture.process(), Clock.systemUTC(), 100, ImportObserver.NONE);
            // LWA refuses this secret: the failure is logged and reported
            w.channels().save(Fixture.channel("amazon-logged", sandbox), ChannelSecrets.of(SECRET, REFRESH));
            w.channels().enable("amazon-logged");
            ImportReport report = w.imports().runNow("amazon-logged");
            assertEquals(ImportReport.Outcome.FAILED, report.outcome());
            assertTrue(report.message().contains("refused"), report.message());
            assertFalse(report.message().contains(SECRET) || report.message().contains(REFRESH), report.message());
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("Amazon channel amazon-logged saved"), "the log was captured: " + log);
        assertTrue(log.contains("stopped"), log);
        assertFalse(log.contains(SECRET) || log.contains(REFRESH), log);
    }

    @Test
    void theClientIsBuiltFromTheChannelAndRebuiltWhenItChanges() throws Exception {
        try (SpApiSandbox sandbox = new SpApiSandbox(SandboxSettings.defaults()).start()) {
            channels.save(Fixture.channel("amazon-cached", sandbox), Fixture.secrets(sandbox));
            ChannelClients clients = new ChannelClients(SECRETS, Fixture.SANDBOX_HOST, Fixture.FAST_RETRY);
            SpApiClient first = clients.client(channels.require("amazon-cached"));
            assertSame(first, clients.client(channels.require("amazon-cached")), "kept while the channel is unchanged");
            channels.save(channels.get("amazon-cached").orElseThrow().withOverlapMinutes(20), null);
            assertNotSame(first, clients.client(channels.require("amazon-cached")), "rebuilt after a change");
        }
    }
}
