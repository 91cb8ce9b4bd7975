package org.catura.runtime.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.catura.amazon.plugin.api.AmazonChannels;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessEvent;
import org.catura.shipping.api.CatalogueImport;
import org.catura.shipping.api.ShippingOverview;
import org.catura.webui.api.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The order process on an embedded PostgreSQL with demo master data, importing the orders "
                + "of a local SP-API sandbox (Amazon with time compressed).")
final class DemoCommand implements Callable<Integer> {

    /** How often the demo channel's scheduled import runs (real seconds). */
    static final long IMPORT_INTERVAL_SECONDS = 10;

    private final Framework framework;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder, kept between runs (default: ~/.catura/demo)")
    Path data;

    @Option(names = "--until-idle", description = "Import the orders once, exit when all work is done and print a summary")
    boolean untilIdle;

    @Option(names = "--orders", paramLabel = "N", defaultValue = "5",
            description = "Orders Amazon holds at start, bought in the last half hour (default: ${DEFAULT-VALUE})")
    int orders;

    @Option(names = "--per-minute", paramLabel = "N", defaultValue = "3",
            description = "Without --until-idle: orders Amazon takes each minute (default: ${DEFAULT-VALUE})")
    int perMinute;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the order generator (default: the clock)")
    Long seed;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
            description = "Port of the web UI on 127.0.0.1, 0 for none (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--carrier-faults", paramLabel = "SHARE", defaultValue = "0.1",
            description = "Share (0 to 1) of the fulfilment partner's answers that come late, garbled, twice or with a "
                    + "tracking number replaced later, each (default: ${DEFAULT-VALUE})")
    double carrierFaults;

    @Option(names = "--allow-host", paramLabel = "HOST[:PORT]",
            description = "A host besides Amazon's and the sandbox's that Amazon channels may sign in to (repeatable)")
    List<String> allowHosts = new java.util.ArrayList<>();

    DemoCommand(Framework framework) {
        this.framework = framework;
    }

    @Override
    public Integer call() throws Exception {
        if (orders < 0 || perMinute < 0) {
            throw new UsageException("--orders and --per-minute must not be negative");
        }
        if (!(carrierFaults >= 0 && carrierFaults <= 1)) {
            throw new UsageException("--carrier-faults must be from 0 to 1, not " + carrierFaults);
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be from 0 to 65535, not " + port);
        }
        PrintStream out = System.out;
        Path folder = data != null ? data : DatabaseOptions.defaultDataFolder();
        StopSignal signal = untilIdle ? null : new StopSignal();
        long generatorSeed = seed != null ? seed : System.currentTimeMillis();
        // Closed in reverse: the session (and with it the scheduled imports) before the sandboxes.
        // With --until-idle a late carrier answer is seconds late, not minutes: the run must end.
        try (DemoChannel amazon = DemoChannel.start(generatorSeed, untilIdle ? 0 : perMinute,
                untilIdle ? Duration.ofHours(1) : Duration.ofMinutes(1));
                DemoCarriers carriers = DemoCarriers.start(folder, generatorSeed, carrierFaults,
                        untilIdle ? Duration.ofSeconds(15) : Duration.ofMinutes(10));
                Session session = Session.embedded(framework, folder, "", 2, Map.of(),
                        RunConfiguration.hosts(String.join(",", allowHosts), "--allow-host"))) {
            framework.await(Erp.class, Session.SERVICE_TIMEOUT);
            DemoMasterData.seed(framework, session);
            out.println("Demo database in " + folder.toAbsolutePath() + " (" + session.url() + ")");
            CatalogueImport catalogue = carriers.configure(framework, session);
            out.printf("Carriers: %d carriers, %d services, %d rates; %s%n",
                    catalogue.carriersAdded() + catalogue.carriersUpdated(), catalogue.services(), catalogue.rates(),
                    carriers.describe());
            AmazonChannels channels = framework.await(AmazonChannels.class, Session.SERVICE_TIMEOUT);
            AmazonImports imports = framework.await(AmazonImports.class, Session.SERVICE_TIMEOUT);
            // Amazon holds these before the channel is connected: the channel's first run, which
            // starts the moment sync is on, must find them in its window.
            List<String> placed = amazon.placeOrders(orders, Duration.ofMinutes(30),
                    imports.watermark(DemoChannel.NAME));
            placed.forEach(id -> out.println("Amazon took order " + id));
            amazon.configure(channels, !untilIdle, IMPORT_INTERVAL_SECONDS, Duration.ofHours(1));
            out.printf("SP-API sandbox at %s, time x%.0f; channel '%s' imports from it%n",
                    amazon.sandbox().endpoint(), DemoChannel.TIME_COMPRESSION, DemoChannel.NAME);
            String url = WebServer.start(framework, "127.0.0.1", port);
            if (url != null) {
                WebServer.seedDemoUsers(framework.await(Users.class, Session.SERVICE_TIMEOUT));
                out.println("Web UI: " + url + "  logins: " + Arrays.stream(WebServer.DEMO_USERS)
                        .map(u -> u[0] + " / " + u[2]).collect(Collectors.joining(", ")));
            }
            if (untilIdle) {
                ImportCommand.print(imports.runNow(DemoChannel.NAME), out);
                Idle.waitFor(session);
                carriers.awaitAnswers(session, Duration.ofMinutes(2));
                printStanding(session, placed, out);
            } else {
                out.println("Amazon takes " + perMinute + " order(s) a minute; the import runs every "
                        + IMPORT_INTERVAL_SECONDS + " s; Ctrl-C stops.");
                while (!signal.awaitStop(60_000)) {
                    out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + oneLineSummary(session));
                }
                // The sandbox goes with the demo: the next start must not import from its address
                // before it has pointed the channel at its own.
                channels.disable(DemoChannel.NAME);
            }
            Idle.printSummary(session, out);
        }
        return 0;
    }

    private static String oneLineSummary(Session session) {
        Map<OrderState, Long> counts = Idle.counts(session);
        return counts.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void printStanding(Session session, List<String> amazonIds, PrintStream out) {
        out.println("These orders now stand at:");
        ShippingOverview shipping = session.framework().await(ShippingOverview.class, Session.SERVICE_TIMEOUT);
        for (String id : amazonIds) {
            Optional<OrderProcessView> view = session.database().inTransaction(tx -> session.process()
                    .findOrderId(tx, DemoChannel.NAME, id).flatMap(orderId -> session.process().view(tx, orderId)));
            out.printf("  %-21s %s%n", id, view.map(v -> v.state() + why(session, v)).orElse("NOT IMPORTED"));
            view.flatMap(v -> shipping(session, shipping, v.orderId())).ifPresent(line -> out.println("      " + line));
        }
    }

    /** The order's carrier, service and tracking numbers, when a carrier was chosen. */
    private static Optional<String> shipping(Session session, ShippingOverview overview, long orderId) {
        return session.database().inTransaction(tx -> overview.of(tx, orderId)).filter(s -> s.carrier() != null)
                .map(s -> s.carrierName() + ", " + s.serviceName() + (s.parcels().isEmpty() ? " (no tracking number yet)"
                        : ": " + s.parcels().stream().map(p -> p.trackingNo()
                                + (p.trackingUrl() == null ? "" : " " + p.trackingUrl())).collect(Collectors.joining(", "))));
    }

    /** For an order waiting for a person: the last line of its timeline, which says why. */
    private static String why(Session session, OrderProcessView v) {
        if (v.lastError() != null) {
            return " (" + v.lastError() + ")";
        }
        if (v.state() != OrderState.MANUAL_QUEUE) {
            return "";
        }
        List<ProcessEvent> timeline = session.database().inTransaction(tx -> session.process().timeline(tx, v.orderId()));
        return timeline.isEmpty() ? "" : " (" + timeline.get(timeline.size() - 1).message() + ")";
    }
}
