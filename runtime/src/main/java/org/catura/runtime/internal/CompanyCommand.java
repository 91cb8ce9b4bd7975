package org.catura.runtime.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.CompanyLogo;
import org.catura.core.api.erp.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The seller's own details, as invoices and tax decisions need them. */
@Command(name = "company", mixinStandardHelpOptions = true,
        description = "The seller's details (legal name, address, VAT id, tax number, bank, OSS, logo): set, show.",
        subcommands = {CompanyCommand.Set.class, CompanyCommand.Show.class})
final class CompanyCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: set or show");
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set the company's details; options not given keep their value. The first time, legal "
                    + "name, street, postal code, city and country are needed.")
    static final class Set extends OnMasterData {

        @Option(names = "--legal-name", paramLabel = "NAME") String legalName;
        @Option(names = "--street", paramLabel = "TEXT") String street;
        @Option(names = "--postal", paramLabel = "CODE") String postal;
        @Option(names = "--city", paramLabel = "NAME") String city;
        @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2, e.g. DE") String country;
        @Option(names = "--vat-id", paramLabel = "ID", description = "e.g. DE123456789") String vatId;
        @Option(names = "--tax-number", paramLabel = "NUMBER") String taxNumber;
        @Option(names = "--iban", paramLabel = "IBAN") String iban;
        @Option(names = "--bic", paramLabel = "BIC") String bic;
        @Option(names = "--bank", paramLabel = "NAME") String bank;
        @Option(names = "--oss", paramLabel = "yes|no",
                description = "Whether EU distance sales to consumers are declared through the One-Stop-Shop")
        String oss;
        @Option(names = "--logo", paramLabel = "FILE", description = "PNG or JPEG, at most 1 MB") Path logo;

        Set(Framework framework) {
            super(framework);
        }

        @Override
        int run(Erps erps, PrintStream out) throws IOException {
            Boolean ossFlag = oss == null ? null : switch (oss.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true" -> Boolean.TRUE;
                case "no", "n", "false" -> Boolean.FALSE;
                default -> throw new UsageException("--oss is yes or no, not '" + oss + "'");
            };
            CompanyLogo image = logo == null ? null : logo(logo);
            Company saved = erps.database().inTransaction(tx -> {
                Optional<Company> stored = erps.erp().company().get(tx);
                Company c = stored.orElse(new Company(null, null, null, null, null, null, null, false));
                Location a = c.address() == null ? new Location(null, null, null, null, null, null, null, null)
                        : c.address();
                Location address = new Location(or(street, a.address1()), a.address2(), a.address3(), a.address4(),
                        or(city, a.city()), or(postal, a.postal()), a.region(),
                        country == null ? a.countryCode() : country.strip().toUpperCase(Locale.ROOT));
                Company merged = new Company(or(legalName, c.legalName()), address, or(vatId, c.vatId()),
                        or(taxNumber, c.taxNumber()), or(iban, c.iban()), or(bic, c.bic()), or(bank, c.bankName()),
                        ossFlag == null ? c.oss() : ossFlag);
                Company result = erps.erp().company().save(tx, merged);
                if (image != null) {
                    erps.erp().company().saveLogo(tx, image);
                }
                return result;
            });
            out.println("Company details saved:");
            Show.print(saved, erps.database().inTransaction(tx -> erps.erp().company().logo(tx)), out);
            return 0;
        }

        private static String or(String given, String stored) {
            return given != null ? given : stored;
        }

        static CompanyLogo logo(Path file) throws IOException {
            OnMasterData.existingFile(file);
            byte[] bytes = Files.readAllBytes(file);
            String type = CompanyLogo.mediaTypeOf(bytes).orElseThrow(
                    () -> new UsageException(file.getFileName() + " is neither a PNG nor a JPEG image"));
            return new CompanyLogo(type, bytes);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the company's details.")
    static final class Show extends OnMasterData {

        Show(Framework framework) {
            super(framework);
        }

        @Override
        int run(Erps erps, PrintStream out) {
            Optional<Company> company = erps.database().inTransaction(tx -> erps.erp().company().get(tx));
            if (company.isEmpty()) {
                out.println("No company details yet; set them with: catura company set --legal-name NAME --street TEXT"
                        + " --postal CODE --city NAME --country CC");
                return 0;
            }
            print(company.get(), erps.database().inTransaction(tx -> erps.erp().company().logo(tx)), out);
            return 0;
        }

        static void print(Company c, Optional<CompanyLogo> logo, PrintStream out) {
            Location a = c.address();
            line(out, "Legal name", c.legalName());
            line(out, "Address", a.address1() + ", " + (a.postal() == null ? "" : a.postal() + " ") + a.city() + ", "
                    + a.countryCode());
            line(out, "VAT id", c.vatId());
            line(out, "Tax number", c.taxNumber());
            line(out, "IBAN", c.iban() == null ? null : c.iban().replaceAll("(.{4})(?!$)", "$1 "));
            line(out, "BIC", c.bic());
            line(out, "Bank", c.bankName());
            line(out, "OSS", c.oss() ? "yes (EU distance sales taxed at the destination's rate)" : "no");
            line(out, "Logo", logo.map(l -> l.mediaType() + ", " + l.content().length + " bytes").orElse(null));
        }

        private static void line(PrintStream out, String label, String value) {
            out.printf("  %-11s %s%n", label + ":", value == null ? "-" : value);
        }
    }
}
