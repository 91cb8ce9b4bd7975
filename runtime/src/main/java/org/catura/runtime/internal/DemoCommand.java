package org.catura.runtime.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.HandInResult;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessEvent;
import org.catura.sandbox.demo.DemoOrders;
import org.catura.webui.api.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The order process on an embedded PostgreSQL with demo master data and demo orders.")
final class DemoCommand implements Callable<Integer> {

    private final Framework framework;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder, kept between runs (default: ~/.catura/demo)")
    Path data;

    @Option(names = "--until-idle", description = "Hand in the orders, exit once all work is done and print a summary")
    boolean untilIdle;

    @Option(names = "--orders", paramLabel = "N", defaultValue = "5",
            description = "Demo orders to hand in at start (default: ${DEFAULT-VALUE})")
    int orders;

    @Option(names = "--per-minute", paramLabel = "N", defaultValue = "3",
            description = "Without --until-idle: orders handed in each minute (default: ${DEFAULT-VALUE})")
    int perMinute;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the order generator (default: the clock)")
    Long seed;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
            description = "Port of the web UI on 127.0.0.1, 0 for none (default: ${DEFAULT-VALUE})")
    int port;

    DemoCommand(Framework framework) {
        this.framework = framework;
    }

    @Override
    public Integer call() throws Exception {
        if (orders < 0 || perMinute < 0) {
            throw new UsageException("--orders and --per-minute must not be negative");
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be from 0 to 65535, not " + port);
        }
        PrintStream out = System.out;
        Path folder = data != null ? data : DatabaseOptions.defaultDataFolder();
        StopSignal signal = untilIdle ? null : new StopSignal();
        try (Session session = Session.embedded(framework, folder, "", 2)) {
            framework.await(Erp.class, Session.SERVICE_TIMEOUT);
            DemoMasterData.seed(framework, session);
            DemoOrders generator = new DemoOrders(seed != null ? seed : System.currentTimeMillis(),
                    DemoMasterData.catalog());
            out.println("Demo database in " + folder.toAbsolutePath() + " (" + session.url() + ")");
            String url = WebServer.start(framework, "127.0.0.1", port);
            if (url != null) {
                WebServer.seedDemoUsers(framework.await(Users.class, Session.SERVICE_TIMEOUT));
                out.println("Web UI: " + url + "  logins: "
                        + String.join(", ", java.util.Arrays.stream(WebServer.DEMO_USERS)
                                .map(u -> u[0] + " / " + u[2]).toList()));
            }
            List<Long> handedIn = handIn(session, generator, orders, out);
            if (untilIdle) {
                Idle.waitFor(session);
                out.println("These orders now stand at:");
                for (long id : handedIn) {
                    OrderProcessView v = session.database().inTransaction(tx -> session.process().view(tx, id))
                            .orElseThrow();
                    out.printf("  %-21s %s%s%n", v.externalId(), v.state(), why(session, v));
                }
            } else {
                out.println("Handing in " + perMinute + " order(s) a minute; Ctrl-C stops.");
                long pause = perMinute == 0 ? Long.MAX_VALUE / 2 : 60_000L / perMinute;
                while (!signal.awaitStop(pause)) {
                    handIn(session, generator, 1, out);
                }
            }
            Idle.printSummary(session, out);
        } finally {
            if (signal != null) {
                signal.finished();
            }
        }
        return 0;
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

    private static List<Long> handIn(Session session, DemoOrders generator, int n, PrintStream out) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ImportedOrder order = generator.next(Instant.now());
            HandInResult r = session.database().inTransaction(tx -> session.process().handIn(tx, order, null));
            ids.add(r.orderId());
            out.printf("Handed in %s from %s: %d line(s), %s %s%s%n", order.externalId(),
                    order.shipTo().countryCode(), order.lines().size(), order.orderTotal(), order.currency(),
                    r.created() ? "" : " (known already)");
        }
        return ids;
    }
}
