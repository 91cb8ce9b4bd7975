package org.catura.runtime.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.catura.core.api.process.OrderProcessView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "orders", mixinStandardHelpOptions = true,
        description = "List the orders with their process state, newest first.")
final class OrdersCommand implements Callable<Integer> {

    private final Framework framework;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--json", description = "Print JSON instead of a table")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N orders (default: ${DEFAULT-VALUE})")
    int limit;

    OrdersCommand(Framework framework) {
        this.framework = framework;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1, got " + limit);
        }
        List<OrderProcessView> orders;
        try (Session session = database.open(framework, 0)) {
            orders = session.database().inTransaction(tx -> session.process().list(tx, Optional.empty(), limit));
        }
        print(orders, json, System.out);
        return 0;
    }

    static void print(List<OrderProcessView> orders, boolean json, PrintStream out) throws Exception {
        if (json) {
            ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(orders));
            return;
        }
        out.printf("%-8s %-10s %-21s %-18s %-8s %s%n", "ID", "CHANNEL", "EXTERNAL ID", "STATE", "ATTEMPTS", "LAST ERROR");
        for (OrderProcessView o : orders) {
            out.printf("%-8d %-10s %-21s %-18s %-8d %s%n", o.orderId(), o.channel(), o.externalId(),
                    o.state() + (o.parked() ? "*" : ""), o.attempts(), o.lastError() == null ? "" : o.lastError());
        }
        out.println(orders.size() + " order(s)" + (orders.stream().anyMatch(OrderProcessView::parked)
                ? "; * parked for a person" : ""));
    }
}
