package org.catura.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.catura.core.api.db.Database;
import org.catura.shipping.api.CarrierCatalogue;
import org.catura.shipping.api.CatalogueException;
import org.catura.shipping.api.CatalogueImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The carrier catalogue (the shipping plugin's docs/catalogue.md) as one JSON document. */
@Command(name = "carriers", mixinStandardHelpOptions = true,
        description = "The carriers, their services, zones, rates and rules as one JSON document: import, list, export.",
        subcommands = {CarriersCommand.Import.class, CarriersCommand.Listing.class, CarriersCommand.Export.class})
final class CarriersCommand implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: import, list or export");
    }

    /** What the subcommands share: the database and the shipping plugin's catalogue service. */
    abstract static class OnCatalogue implements Callable<Integer> {

        final Framework framework;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        OnCatalogue(Framework framework) {
            this.framework = framework;
        }

        @Override
        public Integer call() throws Exception {
            try (Session session = database.open(framework, 0)) {
                CarrierCatalogue catalogue = framework.await(CarrierCatalogue.class, Session.SERVICE_TIMEOUT);
                return run(session.database(), catalogue, System.out, System.err);
            }
        }

        abstract int run(Database db, CarrierCatalogue catalogue, PrintStream out, PrintStream err) throws Exception;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add and update carriers, services, zones, rates and rules from a JSON file (UTF-8). "
                    + "Nothing is deleted; a file with a problem changes nothing.")
    static final class Import extends OnCatalogue {

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        Import(Framework framework) {
            super(framework);
        }

        @Override
        int run(Database db, CarrierCatalogue catalogue, PrintStream out, PrintStream err) throws IOException {
            OnMasterData.existingFile(file);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CatalogueImport result = db.inTransaction(tx -> catalogue.importJson(tx, reader));
                report(file, result, out);
                return 0;
            } catch (CatalogueException e) {
                problems(file, e, err);
                return 1;
            }
        }
    }

    static void report(Path file, CatalogueImport r, PrintStream out) {
        out.println(file.getFileName() + ": " + r.carriersAdded() + " carrier(s) added, " + r.carriersUpdated()
                + " updated; " + r.zones() + " zone(s), " + r.services() + " service(s), " + r.rates() + " rate(s), "
                + r.rules() + " rule(s) stored");
        if (!r.warnings().isEmpty()) {
            out.println(r.warnings().size() + " warning(s):");
            r.warnings().forEach(w -> out.println("  " + w));
        }
    }

    static void problems(Path file, CatalogueException e, PrintStream err) {
        err.println(file.getFileName() + " was not imported (nothing of it is stored), " + e.problems().size()
                + " problem(s):");
        e.problems().forEach(p -> err.println("  " + p));
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the carriers: how their data goes out and how the confirmation comes back.")
    static final class Listing extends OnCatalogue {

        @Option(names = "--json", description = "Print JSON instead of a table")
        boolean json;

        Listing(Framework framework) {
            super(framework);
        }

        @Override
        int run(Database db, CarrierCatalogue catalogue, PrintStream out, PrintStream err) throws IOException {
            print(db.inTransaction(catalogue::exportJson), json, out);
            return 0;
        }
    }

    /** The carriers of an exported catalogue as a table or as JSON rows. */
    static void print(String exported, boolean json, PrintStream out) throws IOException {
        JsonNode carriers = JSON.readTree(exported).path("carriers");
        if (json) {
            ArrayNode rows = JSON.createArrayNode();
            for (JsonNode c : carriers) {
                ObjectNode row = rows.addObject();
                row.put("value", c.path("value").asText());
                row.put("name", c.path("name").asText());
                row.put("kind", c.path("kind").asText());
                row.put("warehouse", c.path("warehouse").asText());
                row.put("transmission", c.path("transmission").path("channel").asText());
                row.put("return", c.path("return").path("channel").asText());
                row.put("services", c.path("services").size());
                row.put("active", c.path("active").asBoolean());
            }
            out.println(JSON.writeValueAsString(rows));
            return;
        }
        String format = "%-16s %-30s %-10s %-10s %-28s %8s  %s%n";
        out.printf(format, "VALUE", "NAME", "KIND", "WAREHOUSE", "TRANSMISSION -> RETURN", "SERVICES", "ACTIVE");
        for (JsonNode c : carriers) {
            String channels = c.path("transmission").path("channel").asText()
                    + (c.path("transmission").has("format") ? " " + c.path("transmission").path("format").asText() : "")
                    + " -> " + c.path("return").path("channel").asText();
            out.printf(format, c.path("value").asText(), c.path("name").asText(), c.path("kind").asText(),
                    c.path("warehouse").asText(), channels, c.path("services").size(),
                    c.path("active").asBoolean() ? "yes" : "no");
        }
        out.println(carriers.size() + " carrier(s)");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the catalogue as JSON to FILE (or standard output), without any secret; "
                    + "`carriers import` of it gives the same catalogue.")
    static final class Export extends OnCatalogue {

        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE")
        Path file;

        Export(Framework framework) {
            super(framework);
        }

        @Override
        int run(Database db, CarrierCatalogue catalogue, PrintStream out, PrintStream err) throws IOException {
            String json = db.inTransaction(catalogue::exportJson);
            if (file == null) {
                out.print(json);
                return 0;
            }
            Files.writeString(file, json, StandardCharsets.UTF_8);
            out.println(JSON.readTree(json).path("carriers").size() + " carrier(s) exported to " + file);
            return 0;
        }
    }
}
