package org.catura.runtime.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.catura.core.api.erp.Warehouse;
import org.catura.core.api.erp.Product;
import org.catura.erp.embedded.api.FileImportResult;
import org.catura.erp.embedded.api.MasterDataFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The embedded ERP's products: imported from the merchant's file, listed. */
@Command(name = "products", mixinStandardHelpOptions = true,
        description = "The embedded ERP's products: import a products file (create or update by SKU), list them.",
        subcommands = {ProductsCommand.Import.class, ProductsCommand.Listing.class})
final class ProductsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: import or list");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Create or update products from a CSV file with the header "
                    + "sku,name,gtin,weight_kg,length_cm,width_cm,height_cm,tax_category,list_price "
                    + "(comma or semicolon separated, UTF-8). A file with a problem changes nothing.")
    static final class Import extends OnMasterData {

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        Import(Framework framework) {
            super(framework);
        }

        @Override
        int run(Erps erps, PrintStream out) {
            FileImportResult r = importFile(erps, file, out, MasterDataFiles::importProducts);
            out.println(file.getFileName() + ": " + r.rows() + " row(s), " + r.created() + " product(s) created, "
                    + r.updated() + " updated");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List active products by SKU, with their stock on hand per warehouse.")
    static final class Listing extends OnMasterData {

        @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT", description = "Only products whose SKU or name contains it")
        String text;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N products (default: ${DEFAULT-VALUE})")
        int limit;

        Listing(Framework framework) {
            super(framework);
        }

        @Override
        int run(Erps erps, PrintStream out) {
            if (limit < 1) {
                throw new UsageException("--limit must be at least 1, got " + limit);
            }
            erps.database().inTransaction(tx -> {
                List<Product> found = erps.erp().products().search(tx, text, limit, 0);
                List<Warehouse> warehouses = erps.erp().products().warehouses(tx);
                out.printf("%-20s %-40s %-14s %10s  %s%n", "SKU", "NAME", "GTIN", "PRICE", "ON HAND");
                for (Product p : found) {
                    StringBuilder stock = new StringBuilder();
                    for (Warehouse w : warehouses) {
                        BigDecimal qty = erps.erp().products().qtyOnHand(tx, p.id(), w.id());
                        stock.append(stock.isEmpty() ? "" : ", ").append(w.value()).append(' ')
                                .append(qty.stripTrailingZeros().toPlainString());
                    }
                    out.printf("%-20s %-40s %-14s %10s  %s%n", p.sku(), p.name(),
                            erps.masterData().gtin(tx, p.id()).orElse(""),
                            erps.masterData().listPrice(tx, p.id()).map(BigDecimal::toPlainString).orElse(""), stock);
                }
                out.println(found.size() + " product(s)" + (found.size() == limit ? " (more with --limit)" : ""));
                return null;
            });
            return 0;
        }
    }
}
