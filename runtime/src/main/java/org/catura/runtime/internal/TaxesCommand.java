package org.catura.runtime.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.LinkedHashSet;


import java.util.concurrent.Callable;
import org.catura.core.api.erp.ErpException;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.api.TaxRateRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The embedded ERP's VAT rates (C_Tax), which the sales orders' taxes are decided from: list
 * them, correct one, and name the countries outside the EU whose VAT the seller charges.
 */
@Command(name = "taxes", mixinStandardHelpOptions = true,
        description = "The embedded ERP's VAT rates: list, set a rate, countries outside the EU with VAT of their own.",
        subcommands = {TaxesCommand.List.class, TaxesCommand.Set.class, TaxesCommand.LocalVat.class})
final class TaxesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: list, set or local-vat");
    }

    /** What every subcommand shares: the database and the embedded ERP's master data. */
    abstract static class OnTaxes implements Callable<Integer> {

        final Framework framework;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        OnTaxes(Framework framework) {
            this.framework = framework;
        }

        @Override
        public Integer call() {
            try (Session session = database.open(framework, 0)) {
                MasterData masterData = framework.await(MasterData.class, Session.SERVICE_TIMEOUT);
                return session.database().inTransaction(tx -> {
                    try {
                        return run(masterData, tx, System.out);
                    } catch (ErpException e) {
                        throw new UsageException(e.getMessage());
                    }
                });
            }
        }

        abstract int run(MasterData masterData, org.catura.core.api.db.Tx tx, PrintStream out);
    }

    static void print(java.util.List<TaxRateRow> rows, PrintStream out) {
        out.printf("%-7s %-13s %6s  %-28s %s%n", "COUNTRY", "CATEGORY", "RATE", "NAME", "TREATMENT / LEGAL NOTE");
        for (TaxRateRow r : rows) {
            out.printf("%-7s %-13s %6s  %-28s %s%n", r.countryCode() == null ? "(any)" : r.countryCode(), r.category(),
                    r.rate().stripTrailingZeros().toPlainString(), r.name(), r.indicator() == null ? ""
                            : r.indicator() + ": " + (r.legalNote() == null ? "" : r.legalNote()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the active VAT rates, by country and category.")
    static final class List extends OnTaxes {

        @Option(names = "--country", paramLabel = "XX", description = "Only this country (ISO alpha-2) and the rows for any country")
        String country;

        List(Framework framework) {
            super(framework);
        }

        @Override
        int run(MasterData masterData, org.catura.core.api.db.Tx tx, PrintStream out) {
            java.util.List<TaxRateRow> rows = masterData.listTaxes(tx, country);
            print(rows, out);
            java.util.Set<String> local = new java.util.TreeSet<>(masterData.localVatCountries(tx));
            out.println(rows.size() + " rate(s); shipped rates checked on " + masterData.taxRatesCheckedOn()
                    + "; outside the EU the seller charges VAT in: " + (local.isEmpty() ? "none (exports at 0 %)"
                    : String.join(", ", local)));
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set the rate of a category for sales to a country (changes its C_Tax row, or adds it).")
    static final class Set extends OnTaxes {

        @Parameters(index = "0", paramLabel = "COUNTRY", description = "ISO 3166-1 alpha-2, e.g. FR")
        String country;

        @Parameters(index = "1", paramLabel = "CATEGORY", description = "standard, reduced, super_reduced or zero")
        String category;

        @Parameters(index = "2", paramLabel = "RATE", description = "percent, e.g. 5.5")
        String rate;

        Set(Framework framework) {
            super(framework);
        }

        @Override
        int run(MasterData masterData, org.catura.core.api.db.Tx tx, PrintStream out) {
            BigDecimal percent;
            try {
                percent = new BigDecimal(rate.replace(',', '.').replace("%", "").strip());
            } catch (NumberFormatException e) {
                throw new UsageException("RATE must be a number of percent like 19 or 5.5, was '" + rate + "'");
            }
            TaxRateRow row = masterData.setTaxRate(tx, country, category, percent);
            out.println(row.countryCode() + " " + row.category() + " is now " + row.rate().stripTrailingZeros()
                    .toPlainString() + " % (" + row.name() + "); orders entered from now on use it");
            return 0;
        }
    }

    @Command(name = "local-vat", mixinStandardHelpOptions = true,
            description = "Name the countries outside the EU where you are registered for VAT and charge it "
                    + "(instead of a 0 % export); --none for none.")
    static final class LocalVat extends OnTaxes {

        @Parameters(paramLabel = "COUNTRY", arity = "0..*", description = "ISO 3166-1 alpha-2, e.g. GB CH")
        java.util.List<String> countries = java.util.List.of();

        @Option(names = "--none", description = "Export at 0 % everywhere outside the EU")
        boolean none;

        LocalVat(Framework framework) {
            super(framework);
        }

        @Override
        int run(MasterData masterData, org.catura.core.api.db.Tx tx, PrintStream out) {
            if (none == !countries.isEmpty()) {
                throw new UsageException("Give the countries (e.g. GB CH) or --none");
            }
            java.util.Set<String> set = masterData.setLocalVatCountries(tx, new LinkedHashSet<>(countries));
            out.println(set.isEmpty() ? "Sales outside the EU are exports at 0 %"
                    : "VAT charged outside the EU in: " + String.join(", ", set) + "; other countries are exports at 0 %");
            return 0;
        }
    }
}
