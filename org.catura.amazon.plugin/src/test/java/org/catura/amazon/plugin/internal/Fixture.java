package org.catura.amazon.plugin.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.internal.channel.AllowedHosts;
import org.catura.amazon.plugin.internal.channel.ChannelClients;
import org.catura.amazon.plugin.internal.channel.ChannelService;
import org.catura.amazon.plugin.internal.client.RetryPolicy;
import org.catura.amazon.plugin.internal.imports.ImportObserver;
import org.catura.amazon.plugin.internal.imports.ImportService;
import org.catura.amazon.plugin.internal.imports.ImportSettings;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.erp.RecordIds;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.secret.Secrets;
import org.catura.core.internal.process.ProcessStore;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.testing.TableIdSequences;
import org.catura.testing.TestDatabase;
import org.catura.ticket.api.Tickets;

/** A database of its own with the core and Amazon tables, and the import wired as the component wires it. */
public final class Fixture implements AutoCloseable {

    public static final List<String> EU = List.of(AmazonMarketplaces.DE, AmazonMarketplaces.FR, AmazonMarketplaces.IT,
            AmazonMarketplaces.ES, AmazonMarketplaces.UK, AmazonMarketplaces.NL);
    /** The sandbox listens on loopback: the tests allow it as an operator would with amazon.allowedHosts. */
    public static final AllowedHosts SANDBOX_HOST = AllowedHosts.of("127.0.0.1");
    /** New channels' ids, as the ERP's table-id sequence draws them. */
    public static final RecordIds IDS = new TableIdSequences();
    public static final RetryPolicy FAST_RETRY = new RetryPolicy(6, Duration.ofMillis(5), Duration.ofMillis(100));

    private final TestDatabase testDatabase;
    public final Database database;

    /** With the core and Amazon tables (the migrations under {@code db/migration/amazon}). */
    public Fixture() {
        this(TestDatabase.create("amazon"));
    }

    private Fixture(TestDatabase testDatabase) {
        this.testDatabase = testDatabase;
        this.database = testDatabase.database();
    }

    /** With the embedded ERP's tables and demo catalogue too, for the real station chain. */
    public static Fixture withErpDemo() {
        return new Fixture(TestDatabase.prepared("amazon-erp-demo-catalogue", d -> {
            Migrations.migrate(d.dataSource(), "amazon", AmazonComponent.class.getClassLoader());
            new ErpComponent(d);
            d.inTransaction(new MasterData()::seedDemo);
        }));
    }

    /** For a child JVM working on the same database. */
    public String jdbcUrl() {
        return testDatabase.jdbcUrl();
    }

    /** The order process store, with the states the real station chain works on. */
    public static OrderProcess process(Supplier<Set<OrderState>> workStates) {
        return new ProcessStore(workStates);
    }

    public static OrderProcess process() {
        return process(() -> EnumSet.of(OrderState.RECEIVED));
    }

    public long count(String sql, Object... args) {
        return testDatabase.count(sql, args);
    }

    public String text(String sql, Object... args) {
        return testDatabase.text(sql, args);
    }

    /** A channel pointing at the sandbox, with the credentials it accepts. */
    public static AmazonChannel channel(String name, SpApiSandbox sandbox) {
        return AmazonChannel.of(name, "A2SANDBOXSELLER", sandbox.endpoint().toString(), sandbox.tokenUrl().toString(),
                EU, sandbox.settings().clientId());
    }

    public static ChannelSecrets secrets(SpApiSandbox sandbox) {
        SandboxSettings s = sandbox.settings();
        return ChannelSecrets.of(s.clientSecret(), s.refreshToken());
    }

    /** The import as {@link AmazonComponent} builds it, with a test clock, page size and observer. */
    public Wiring wire(Secrets secrets, OrderProcess process, Clock clock, int pageSize, ImportObserver observer) {
        ChannelService channels = new ChannelService(database, secrets, IDS, SANDBOX_HOST, () -> { });
        ChannelClients clients = new ChannelClients(secrets, SANDBOX_HOST, FAST_RETRY);
        ImportService imports = new ImportService(database, process, channels, clients,
                new ImportSettings(pageSize, Duration.ofHours(24)), clock, observer);
        return new Wiring(channels, imports);
    }

    /** ... with tickets for import errors while {@code tickets} has a ticket service. */
    public Wiring wire(Secrets secrets, OrderProcess process, Clock clock, int pageSize, ImportObserver observer,
            Supplier<Optional<Tickets>> tickets) {
        ChannelService channels = new ChannelService(database, secrets, IDS, SANDBOX_HOST, () -> { });
        ChannelClients clients = new ChannelClients(secrets, SANDBOX_HOST, FAST_RETRY);
        ImportService imports = new ImportService(database, process, channels, clients,
                new ImportSettings(pageSize, Duration.ofHours(24)), clock, observer, tickets);
        return new Wiring(channels, imports);
    }

    public record Wiring(ChannelService channels, ImportService imports) {
    }

    @Override
    public void close() {
        testDatabase.close();
    }
}
