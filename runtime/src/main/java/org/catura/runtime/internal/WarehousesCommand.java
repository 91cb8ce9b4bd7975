package org.catura.runtime.internal;

import java.io.PrintStream;
import java.util.List;
import org.catura.core.api.erp.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The embedded ERP's warehouses; MAIN exists from the start. */
@Command(name = "warehouses", mixinStandardHelpOptions = true,
        description = "The embedded ERP's warehouses: add one, list them (MAIN exists from the start).",
        subcommands = {WarehousesCommand.Add.class, WarehousesCommand.Listing.class})
final class WarehousesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: add or list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a warehouse with its search key CODE (as stock files name it) and a name.")
    static final class Add extends OnMasterData {

        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        Add(Framework framework) {
            super(framework);
        }

        @Override
        int run(Erps erps, PrintStream out) {
            if (!code.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
                throw new UsageException("Warehouse code '" + code + "': up to 40 letters, digits, '.', '_' or '-'");
            }
            Warehouse w = erps.database().inTransaction(tx -> erps.masterData().createWarehouse(tx, code, name));
            out.println("Warehouse " + w.value() + " (" + w.name() + ") added");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the warehouses by code.")
    static final class Listing extends OnMasterData {

        Listing(Framework framework) {
            super(framework);
        }

        @Override
        int run(Erps erps, PrintStream out) {
            List<Warehouse> all = erps.database().inTransaction(tx -> erps.masterData().warehouses(tx));
            out.printf("%-12s %s%n", "CODE", "NAME");
            all.forEach(w -> out.printf("%-12s %s%n", w.value(), w.name()));
            out.println(all.size() + " warehouse(s)");
            return 0;
        }
    }
}
