package org.catura.runtime.internal;

import picocli.CommandLine.Command;

@Command(name = "catura", mixinStandardHelpOptions = true, version = "catura 0.1.0",
        description = "Catura order automation: the standalone runtime.",
        subcommands = {DemoCommand.class, RunCommand.class, OrdersCommand.class, ImportCommand.class, CheckCommand.class,
                BenchCommand.class, UsersCommand.class, ChannelsCommand.class, ProductsCommand.class,
                StockCommand.class, WarehousesCommand.class, CarriersCommand.class, CompanyCommand.class, TaxesCommand.class,
                OutboxCommand.class, RetentionCommand.class})
final class CaturaCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: demo, run, orders, import, check, bench, users, channels, products, stock, warehouses, carriers, company, taxes, outbox or retention");
    }
}
