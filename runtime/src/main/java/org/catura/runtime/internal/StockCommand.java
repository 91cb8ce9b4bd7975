package org.catura.runtime.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import org.catura.erp.embedded.api.FileImportResult;
import org.catura.erp.embedded.api.MasterDataFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Stock counts for the embedded ERP. */
@Command(name = "stock", mixinStandardHelpOptions = true,
        description = "Stock on hand in the embedded ERP: import an inventory count.",
        subcommands = {StockCommand.Import.class})
final class StockCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: import");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Set the stock on hand of each product in each warehouse from a CSV file with the header "
                    + "sku,warehouse,quantity (an inventory count). A file with a problem changes nothing.")
    static final class Import extends OnMasterData {

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        Import(Framework framework) {
            super(framework);
        }

        @Override
        int run(Erps erps, PrintStream out) {
            FileImportResult r = importFile(erps, file, out, MasterDataFiles::importStock);
            out.println(file.getFileName() + ": " + r.rows() + " row(s), stock on hand set for " + r.rows()
                    + " product(s) and warehouse(s): " + r.created() + " counted for the first time, " + r.updated()
                    + " recounted");
            return 0;
        }
    }
}
