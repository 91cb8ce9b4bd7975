package org.catura.runtime.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonChannels;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderQuery;
import org.catura.sandbox.spapi.RecordedCall;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.UsagePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Amazon import measured against the SP-API sandbox: (a) with Amazon's quotas, time
 * compressed, how close the import comes to what the quotas allow; (b) with quotas off, how fast
 * an order goes from Amazon's answer to a completed sales order on this machine.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Amazon import throughput: (a) with Amazon's quotas (time-compressed), (b) with quotas off.")
final class ImportBench implements Callable<Integer> {

    /** Orders are bought over this span before the run; the import's first window covers it. */
    private static final Duration SPAN = Duration.ofHours(6);
    /** States before the sales order is completed (or parked with its decision). */
    private static final double FREE = 1_000_000;
    private static final List<String> BEFORE_SALES_ORDER = List.of("RECEIVED", "CUSTOMER_READY", "ORDER_ENTERED");

    enum Part { quota, free }

    private final Framework framework;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ~/.catura/bench)")
    Path data;

    @Option(names = "--orders", paramLabel = "N", defaultValue = "10000", description = "Orders per part (default: ${DEFAULT-VALUE})")
    int orders;

    @Option(names = "--compression", paramLabel = "F", defaultValue = "120",
            description = "Part (a): Amazon's quotas run F times faster (default: ${DEFAULT-VALUE})")
    double compression;

    @Option(names = "--workers", paramLabel = "W", defaultValue = "4",
            description = "Order process worker threads (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--only", paramLabel = "PART", description = "Run one part only: ${COMPLETION-CANDIDATES}")
    Part only;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "4711", description = "Order generator seed")
    long seed;

    ImportBench(Framework framework) {
        this.framework = framework;
    }

    @Override
    public Integer call() throws Exception {
        if (orders < 1 || workers < 1 || !(compression >= 1)) {
            throw new UsageException("--orders and --workers must be at least 1, --compression at least 1");
        }
        PrintStream out = System.out;
        Path folder = data != null ? data : Path.of(System.getProperty("user.home"), ".catura", "bench");
        try (Session session = Session.embedded(framework, folder, "bench", workers, BenchCost.SERVER_SETTINGS)) {
            framework.await(Erp.class, Session.SERVICE_TIMEOUT);
            DemoMasterData.seed(framework, session);
            // Enough goods for every run: the figures are about the import, not about the stock running out.
            DemoMasterData.stockUp(framework, session, new java.math.BigDecimal(10_000_000));
            AmazonChannels channels = framework.await(AmazonChannels.class, Session.SERVICE_TIMEOUT);
            AmazonImports imports = framework.await(AmazonImports.class, Session.SERVICE_TIMEOUT);
            Idle.waitFor(session);
            out.printf("Benchmark of the Amazon import: %d orders per part, %d workers, %d cores, database in %s%n",
                    orders, workers, Runtime.getRuntime().availableProcessors(), folder.toAbsolutePath());
            if (only != Part.free) {
                withQuotas(session, channels, imports, out);
            }
            if (only != Part.quota) {
                quotasOff(session, channels, imports, out);
            }
        }
        return 0;
    }

    private void withQuotas(Session session, AmazonChannels channels, AmazonImports imports, PrintStream out)
            throws InterruptedException {
        SandboxSettings settings = SandboxSettings.defaults().withTimeCompression(compression).withSeed(seed);
        try (SpApiSandbox sandbox = start(settings)) {
            String name = placeAndConfigure(sandbox, channels, "quota", compression);
            ImportReport r = failIfIncomplete(imports.runNow(name));
            List<RecordedCall> calls = sandbox.calls();
            List<RecordedCall> searches = calls.stream()
                    .filter(c -> c.operation().equals(UsagePlan.SEARCH_ORDERS.operationId())).toList();
            double seconds = seconds(searches.get(0).at(), searches.get(searches.size() - 1).at());
            long throttled = calls.stream().filter(c -> c.status() == 429).count();
            UsagePlan plan = UsagePlan.SEARCH_ORDERS;
            double minimum = Math.max(0, r.pages() - plan.burst()) / (plan.rate() * compression);
            // Orders Amazon changes while the run is under way fall into the next window, not this one.
            out.printf("(a) quotas on, time x%.0f: %s, %d orders in %d pages (%d failed), searchOrders from first to "
                    + "last call %.1f s%n", compression, r.outcome(), r.created() + r.updated() + r.unchanged(), r.pages(),
                    r.failed(), seconds);
            out.printf("    API calls per order %.4f (%d calls: %s); 429s received %d; a 429 right after a 429 on "
                    + "the same operation: %d%n", (double) calls.size() / orders, calls.size(), byOperation(calls),
                    throttled, throttledTwice(calls));
            if (minimum > 0) {
                out.printf("    throughput %.1f orders/s, ceiling %.1f orders/s: %.1f %% of the quota ceiling "
                        + "(%.3f orders/s in Amazon's time)%n", orders / seconds, orders / minimum,
                        100 * minimum / seconds, orders / seconds / compression);
            } else {
                out.printf("    %d pages fit in the burst of %d: no sustained rate to compare; use more --orders%n",
                        r.pages(), plan.burst());
            }
            Idle.waitFor(session);
        }
    }

    private void quotasOff(Session session, AmazonChannels channels, AmazonImports imports, PrintStream out)
            throws Exception {
        // Quotas off at Amazon's end; the client's own token buckets out of the way by a millionfold
        // time compression (on both ends, for the two-minute rule).
        SandboxSettings settings = SandboxSettings.defaults().withQuotasEnforced(false).withTimeCompression(FREE)
                .withSeed(seed + 1);
        try (SpApiSandbox sandbox = start(settings)) {
            String name = placeAndConfigure(sandbox, channels, "free", FREE);
            long before = lastOrderId(session);
            BenchCost cost = BenchCost.on(session.database());
            BenchCost.Snapshot atStart = cost.snapshot();
            long start = System.nanoTime();
            CompletableFuture<ImportReport> run = CompletableFuture.supplyAsync(() -> imports.runNow(name));
            long importNanos = 0;
            long lastProgressAt = start;
            long lastDone = -1;
            while (true) {
                Thread.sleep(200);
                Map<String, Long> states = states(session, before);
                long total = states.values().stream().mapToLong(Long::longValue).sum();
                long done = total - BEFORE_SALES_ORDER.stream().mapToLong(s -> states.getOrDefault(s, 0L)).sum();
                if (run.isDone() && importNanos == 0) {
                    importNanos = System.nanoTime() - start;
                    failIfIncomplete(run.join());
                }
                if (run.isDone() && done == total) {
                    break;
                }
                if (done != lastDone) {
                    lastDone = done;
                    lastProgressAt = System.nanoTime();
                } else if (System.nanoTime() - lastProgressAt > Duration.ofSeconds(120).toNanos()) {
                    throw new FailureException("No progress for 120 s; orders by state: " + states, null);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            BenchCost.Snapshot atEnd = cost.snapshot();
            ImportReport r = run.join();
            Map<String, Long> states = states(session, before);
            long completed = states.values().stream().mapToLong(Long::longValue).sum()
                    - states.getOrDefault("WAITING_AT_CHANNEL", 0L);
            out.printf("(b) quotas off, %d workers: %s, %d orders imported (%d failed) in %.1f s: %.0f orders/s "
                    + "(import alone)%n", workers, r.outcome(), r.created(), r.failed(), importNanos / 1e9,
                    r.created() / (importNanos / 1e9));
            out.printf("    response to completed sales order: %d orders in %.1f s: %.0f orders/s%n", completed,
                    seconds, completed / seconds);
            out.printf("    orders by state: %s%n", states);
            out.printf("    per order in those %.1f s: %s%n", seconds, cost.perOrder(atStart, atEnd, r.created()));
            Idle.waitFor(session);
            // Stations after the sales order were still at work: counted to the end, the figure no longer
            // depends on how far they had come.
            out.printf("    statements per order until every station is idle: %s%n",
                    cost.statements(atStart, cost.snapshot(), r.created(), true));
        }
    }

    private static ImportReport failIfIncomplete(ImportReport r) {
        if (r.outcome() != ImportReport.Outcome.COMPLETED) {
            throw new FailureException("The import did not complete: " + r.outcome() + " - " + r.message(), null);
        }
        return r;
    }

    private SpApiSandbox start(SandboxSettings settings) {
        try {
            return new SpApiSandbox(settings).start();
        } catch (java.io.IOException e) {
            throw new FailureException("Cannot start the SP-API sandbox: " + e.getMessage(), e);
        }
    }

    /** Amazon takes the orders; a new channel (sync off) points at the sandbox with time compressed. */
    private String placeAndConfigure(SpApiSandbox sandbox, AmazonChannels channels, String part, double factor) {
        Instant now = Instant.now();
        sandbox.orders().generate(orders, now.minus(SPAN), now.minusSeconds(10));
        String name = "bench-" + part + "-" + now.getEpochSecond();
        AmazonChannel channel = AmazonChannel.of(name, "A2BENCHSELLER", sandbox.endpoint().toString(),
                sandbox.tokenUrl().toString(), DemoChannel.MARKETPLACES, sandbox.settings().clientId())
                .withTimeCompression(factor).withImportSince(now.minus(SPAN).minusSeconds(60));
        channels.save(channel, ChannelSecrets.of(sandbox.settings().clientSecret(), sandbox.settings().refreshToken()));
        sandbox.clearCalls();
        return name;
    }

    private static long lastOrderId(Session session) {
        return session.database().inTransaction(tx -> session.process().search(tx, OrderQuery.all().page(0, 1)))
                .stream().mapToLong(OrderProcessView::orderId).findFirst().orElse(0);
    }

    /** Orders by state among those handed in after {@code afterOrderId} (this part's, read by key range). */
    private static Map<String, Long> states(Session session, long afterOrderId) {
        Map<String, Long> counts = new TreeMap<>();
        session.database().inTransaction(tx -> session.process().countByState(tx,
                OrderQuery.all().after(afterOrderId))).forEach((state, n) -> counts.put(state.name(), n));
        return counts;
    }

    private static String byOperation(List<RecordedCall> calls) {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach(c -> counts.merge(c.operation(), 1L, Long::sum));
        return counts.toString();
    }

    /** 429s answered to a retry of a call that was itself just answered 429, per operation. */
    static long throttledTwice(List<RecordedCall> calls) {
        Map<String, Integer> previous = new HashMap<>();
        long twice = 0;
        for (RecordedCall c : calls) {
            Integer before = previous.put(c.operation(), c.status());
            if (c.status() == 429 && before != null && before == 429) {
                twice++;
            }
        }
        return twice;
    }

    private static double seconds(Instant from, Instant to) {
        return Math.max(1e-3, Duration.between(from, to).toNanos() / 1e9);
    }
}
