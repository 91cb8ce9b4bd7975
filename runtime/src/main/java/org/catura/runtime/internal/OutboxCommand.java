package org.catura.runtime.internal;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.catura.core.api.outbox.ParkedMessage;
import org.catura.core.api.outbox.ParkedMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The outbox's parked messages: what each last failed with, and sending them again. */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = "The outbox's parked messages: list them with their last error, send them again.",
        subcommands = {OutboxCommand.Listing.class, OutboxCommand.Retry.class})
final class OutboxCommand implements Runnable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list or retry");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the parked messages, oldest first, with their last error (times in UTC).")
    static final class Listing implements Callable<Integer> {

        private final Framework framework;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
                description = "At most N messages (default: ${DEFAULT-VALUE})")
        int limit;

        Listing(Framework framework) {
            this.framework = framework;
        }

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new UsageException("--limit must be at least 1, got " + limit);
            }
            try (Session session = database.open(framework, 0)) {
                ParkedMessages parked = framework.await(ParkedMessages.class, Session.SERVICE_TIMEOUT);
                record Page(List<ParkedMessage> messages, long count) {
                }
                Page l = session.database().inTransaction(tx -> new Page(parked.list(tx, limit), parked.count(tx)));
                print(l.messages(), l.count(), System.out);
            }
            return 0;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Send parked messages again at once, each with a fresh budget of attempts.")
    static final class Retry implements Callable<Integer> {

        private final Framework framework;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "ID", arity = "0..*", description = "Message ids as `catura outbox list` shows them")
        List<Long> ids = new ArrayList<>();

        @Option(names = "--all", description = "Every parked message")
        boolean all;

        Retry(Framework framework) {
            this.framework = framework;
        }

        @Override
        public Integer call() {
            if (all == !ids.isEmpty()) {
                throw new UsageException("Give the ids of the messages to send again, or --all");
            }
            String who = "cli:" + System.getProperty("user.name", "unknown");
            try (Session session = database.open(framework, 0)) {
                ParkedMessages parked = framework.await(ParkedMessages.class, Session.SERVICE_TIMEOUT);
                if (all) {
                    Integer n = session.database().inTransaction(tx -> parked.retryAll(tx, who));
                    System.out.println(n + " message(s) sent back to the outbox, each with a fresh budget of attempts");
                    return 0;
                }
                List<Long> notParked = new ArrayList<>();
                for (long id : ids) {
                    Boolean back = session.database().inTransaction(tx -> parked.retry(tx, id, who));
                    if (back) {
                        System.out.println("Message " + id + " sent back to the outbox with a fresh budget of attempts");
                    } else {
                        notParked.add(id);
                    }
                }
                if (!notParked.isEmpty()) {
                    throw new FailureException("Not parked (sent, sent back already, or unknown), left as they are: "
                            + notParked + ". See `catura outbox list`.");
                }
            }
            return 0;
        }
    }

    static void print(List<ParkedMessage> messages, long count, PrintStream out) {
        if (messages.isEmpty()) {
            out.println("No parked message: every message was sent or is still being tried.");
            return;
        }
        out.printf("%-8s %-16s %-32s %-8s %-16s %s%n", "ID", "TOPIC", "KEY", "ATTEMPTS", "PARKED", "LAST ERROR");
        for (ParkedMessage m : messages) {
            out.printf("%-8d %-16s %-32s %-8d %-16s %s%n", m.id(), m.topic(), m.idempotencyKey(), m.attempts(),
                    m.parkedAt() == null ? "" : TIME.format(m.parkedAt()), m.lastError() == null ? "" : m.lastError());
        }
        out.println(count > messages.size() ? messages.size() + " of " + count + " parked message(s)"
                : count + " parked message(s); send them again with: catura outbox retry ID… (or --all)");
    }
}
