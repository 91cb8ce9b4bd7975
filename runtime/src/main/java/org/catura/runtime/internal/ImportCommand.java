package org.catura.runtime.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonChannels;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.amazon.plugin.api.ImportError;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.api.ReimportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Amazon import by hand: run it now, fetch one order again, re-sync a time window, see where
 * a channel stands, give up on a broken order. The commands hand orders in; the nodes that run
 * ({@code catura run} or {@code catura demo}) take them on.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "The Amazon order import by hand: run, re-import one order, re-sync a window, status, skip.",
        subcommands = {ImportCommand.Run.class, ImportCommand.Order.class, ImportCommand.Resync.class,
                ImportCommand.Status.class, ImportCommand.Skip.class})
final class ImportCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: run, order, resync, status or skip");
    }

    /** One line saying what an import run did. */
    static void print(ImportReport r, PrintStream out) {
        out.printf("Import %s: %d page(s), %d order(s) seen, %d new, %d updated, %d unchanged, %d failed; "
                + "%d API call(s), %d throttled%s%n", r.outcome(), r.pages(), r.ordersSeen(), r.created(), r.updated(),
                r.unchanged(), r.failed(), r.apiCalls(), r.throttled(), r.message() == null ? "" : " - " + r.message());
    }

    /** What every subcommand shares: the database, the channel and the import services. */
    abstract static class OnChannel implements Callable<Integer> {

        final Framework framework;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        OnChannel(Framework framework) {
            this.framework = framework;
        }

        @Override
        public Integer call() {
            try (Session session = database.open(framework, 0)) {
                AmazonChannels channels = framework.await(AmazonChannels.class, Session.SERVICE_TIMEOUT);
                AmazonImports imports = framework.await(AmazonImports.class, Session.SERVICE_TIMEOUT);
                return run(channels, imports, System.out);
            }
        }

        abstract int run(AmazonChannels channels, AmazonImports imports, PrintStream out);

        static AmazonChannel channel(AmazonChannels channels, String name) {
            return channels.get(name).orElseThrow(() -> new UsageException("No Amazon channel '" + name
                    + "'; channels: " + String.join(", ", channels.list().stream().map(AmazonChannel::name).toList())));
        }

        static int exitCode(ImportReport report) {
            return report.outcome() == ImportReport.Outcome.COMPLETED && report.failed() == 0 ? 0 : 1;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run the channel's import now (also while its scheduled sync is off).")
    static final class Run extends OnChannel {

        @Parameters(index = "0", paramLabel = "CHANNEL")
        String channel;

        Run(Framework framework) {
            super(framework);
        }

        @Override
        int run(AmazonChannels channels, AmazonImports imports, PrintStream out) {
            channel(channels, channel);
            ImportReport report = imports.runNow(channel);
            print(report, out);
            return exitCode(report);
        }
    }

    @Command(name = "order", mixinStandardHelpOptions = true,
            description = "Fetch one order from Amazon again and hand it in, or apply what changed.")
    static final class Order extends OnChannel {

        @Parameters(index = "0", paramLabel = "CHANNEL")
        String channel;

        @Parameters(index = "1", paramLabel = "AMAZON_ORDER_ID")
        String amazonOrderId;

        Order(Framework framework) {
            super(framework);
        }

        @Override
        int run(AmazonChannels channels, AmazonImports imports, PrintStream out) {
            channel(channels, channel);
            if (!amazonOrderId.matches("\\d{3}-\\d{7}-\\d{7}")) {
                throw new UsageException("'" + amazonOrderId + "' is not an Amazon order id (like 302-1234567-1234567)");
            }
            ReimportResult r = imports.reimportOrder(channel, amazonOrderId);
            out.println(r.amazonOrderId() + ": " + r.outcome() + (r.orderId() == null ? "" : ", order " + r.orderId())
                    + (r.change() == null ? "" : ", " + r.change()) + (r.message() == null ? "" : " - " + r.message()));
            return r.outcome() == ReimportResult.Outcome.FAILED || r.outcome() == ReimportResult.Outcome.NOT_FOUND
                    ? 1 : 0;
        }
    }

    @Command(name = "resync", mixinStandardHelpOptions = true,
            description = "Import every order Amazon changed in a time window again; the watermark stays.")
    static final class Resync extends OnChannel {

        @Parameters(index = "0", paramLabel = "CHANNEL")
        String channel;

        @Option(names = "--from", required = true, paramLabel = "INSTANT", description = "e.g. 2026-11-20T00:00:00Z")
        String from;

        @Option(names = "--to", required = true, paramLabel = "INSTANT", description = "e.g. 2026-11-21T00:00:00Z")
        String to;

        Resync(Framework framework) {
            super(framework);
        }

        @Override
        int run(AmazonChannels channels, AmazonImports imports, PrintStream out) {
            channel(channels, channel);
            Instant start = instant("--from", from);
            Instant end = instant("--to", to);
            if (!start.isBefore(end)) {
                throw new UsageException("--from must be before --to");
            }
            ImportReport report = imports.resync(channel, start, end);
            print(report, out);
            return exitCode(report);
        }

        private static Instant instant(String option, String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException(option + " '" + value + "' is not an instant like 2026-11-20T08:00:00Z");
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Each channel's watermark, latest runs and open import errors.")
    static final class Status extends OnChannel {

        @Parameters(index = "0", arity = "0..1", paramLabel = "CHANNEL", description = "Default: every channel")
        String channel;

        Status(Framework framework) {
            super(framework);
        }

        @Override
        int run(AmazonChannels channels, AmazonImports imports, PrintStream out) {
            List<AmazonChannel> shown = channel == null ? channels.list() : List.of(channel(channels, channel));
            if (shown.isEmpty()) {
                out.println("No Amazon channel is configured.");
            }
            for (AmazonChannel c : shown) {
                out.printf("%s: sync %s, every %d s, marketplaces %s, watermark %s%n", c.name(),
                        c.syncEnabled() ? "on" : "off", c.importIntervalSeconds(), String.join(",", c.marketplaceIds()),
                        imports.watermark(c.name()).map(Instant::toString).orElse("none yet"));
                for (ImportReport r : imports.recentRuns(c.name(), 5)) {
                    out.printf("  run %d %s %s at %s: %d seen, %d new, %d updated, %d failed%s%n", r.runId(), r.kind(),
                            r.outcome(), r.startedAt(), r.ordersSeen(), r.created(), r.updated(), r.failed(),
                            r.message() == null ? "" : " - " + r.message());
                }
                for (ImportError e : imports.recentErrors(c.name(), 20)) {
                    if (e.status() == ImportError.Status.OPEN) {
                        out.printf("  error %s (%d attempt(s)): %s%n", e.amazonOrderId(), e.attempts(), e.message());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "skip", mixinStandardHelpOptions = true,
            description = "Give up on an order the import cannot take in, so the watermark may move past it.")
    static final class Skip extends OnChannel {

        @Parameters(index = "0", paramLabel = "CHANNEL")
        String channel;

        @Parameters(index = "1", paramLabel = "AMAZON_ORDER_ID")
        String amazonOrderId;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decided it (recorded)")
        String by;

        Skip(Framework framework) {
            super(framework);
        }

        @Override
        int run(AmazonChannels channels, AmazonImports imports, PrintStream out) {
            channel(channels, channel);
            if (!imports.skipOrder(channel, amazonOrderId, by)) {
                out.println(amazonOrderId + " has no open import error on " + channel + "; nothing skipped");
                return 1;
            }
            out.println(amazonOrderId + " skipped by " + by + "; the watermark may move past it");
            return 0;
        }
    }
}
