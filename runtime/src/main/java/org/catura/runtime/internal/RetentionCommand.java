package org.catura.runtime.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.catura.core.api.retention.BuyerDataRetention;
import org.catura.core.api.retention.DueOrder;
import org.catura.core.api.retention.RetentionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Buyer data retention by hand: what the daily task erases, now, or only shown. The running nodes
 * need not stop; an order a node holds at this moment is erased on the next run.
 */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "Buyer data retention: erase the personal data of orders past the retention window.",
        subcommands = {RetentionCommand.Run.class})
final class RetentionCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: run");
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Erase the buyer data of every order whose shipment was confirmed or which was cancelled"
                    + " more than retention.days (default 30) days ago; --dry-run lists them and erases nothing.")
    static final class Run implements Callable<Integer> {

        /** Orders a dry run lists one by one; beyond, it counts them. */
        static final int LISTED = 1000;

        private final Framework framework;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--dry-run", description = "List the orders that would be erased; change nothing")
        boolean dryRun;

        Run(Framework framework) {
            this.framework = framework;
        }

        @Override
        public Integer call() {
            try (Session session = database.open(framework, 0)) {
                BuyerDataRetention retention = framework.await(BuyerDataRetention.class, Session.SERVICE_TIMEOUT);
                return run(retention, System.out);
            }
        }

        int run(BuyerDataRetention retention, PrintStream out) {
            if (dryRun) {
                List<DueOrder> due = retention.due(LISTED + 1);
                for (DueOrder o : due.subList(0, Math.min(LISTED, due.size()))) {
                    out.printf("would erase order %d (%s %s, %s since %s)%n", o.orderId(), o.channel(),
                            o.externalId(), o.state(), o.since());
                }
                out.printf("%s%d order(s) due: shipment confirmed or cancelled more than %d days ago; nothing erased"
                        + " (dry run)%n", due.size() > LISTED ? "more than " : "", Math.min(LISTED, due.size()),
                        retention.windowDays());
                return 0;
            }
            RetentionReport report = retention.eraseDue(r -> out.println("  erased so far: " + r));
            out.println("Buyer data erased (" + retention.windowDays() + " days after shipment or cancellation): "
                    + report);
            return 0;
        }
    }
}
