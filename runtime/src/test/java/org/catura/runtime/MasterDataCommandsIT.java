package org.catura.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The master data commands as a merchant runs them on an empty embedded database, with the
 * sample files of runtime/examples: the exported jar in its own JVM, one data folder for all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MasterDataCommandsIT {

    @TempDir
    static Path work;

    private static Path jar;
    private static Path data;

    @BeforeAll
    static void locateJar() {
        jar = Path.of(System.getProperty("catura.jar", "target/catura.jar"));
        assertTrue(Files.isRegularFile(jar), "exported runtime missing: " + jar);
        data = work.resolve("data");
    }

    @Test
    @Order(1)
    void theSampleProductsAreImportedAndListedWithTheirPrices() throws Exception {
        Result imported = run("products", "import", "examples/products.csv", "--data", data.toString());
        assertEquals(0, imported.exit, imported.toString());
        assertTrue(imported.out.contains("products.csv: 4 row(s), 4 product(s) created, 0 updated"), imported.out);

        Path changed = Files.writeString(work.resolve("changed.csv"), "\uFEFFsku;name;gtin;weight_kg;length_cm;"
                + "width_cm;height_cm;tax_category;list_price\nMUG-BLUE;Coffee mug, blue;4006381333931;0,36;12;9;10;"
                + "standard;13,90\nMUG-RED;Coffee mug, red;;0,35;12;9;10;standard;12,90\n", StandardCharsets.UTF_8);
        Result again = run("products", "import", changed.toString(), "--data", data.toString());
        assertEquals(0, again.exit, again.toString());
        assertTrue(again.out.contains("changed.csv: 2 row(s), 1 product(s) created, 1 updated"), again.out);

        Result listed = run("products", "list", "mug", "--data", data.toString());
        assertEquals(0, listed.exit, listed.toString());
        assertTrue(listed.out.matches("(?s).*MUG-BLUE +Coffee mug, blue +4006381333931 +13\\.90 +MAIN 0.*"), listed.out);
        assertTrue(listed.out.contains("2 product(s)"), listed.out);
    }

    @Test
    @Order(2)
    void aBrokenProductsFileIsRefusedWithItsLinesAndNothingIsStored() throws Exception {
        Path broken = Files.writeString(work.resolve("broken.csv"), "sku,name,gtin,weight_kg,length_cm,width_cm,"
                + "height_cm,tax_category,list_price\nNEW-1,Fine,,1,1,1,1,standard,1\nNEW-2,Bad,,abc,1,1,1,luxury,1\n");
        Result r = run("products", "import", broken.toString(), "--data", data.toString());
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("broken.csv was not imported (nothing of it is stored), 2 problems:"), r.err);
        assertTrue(r.err.contains("line 3, weight_kg: 'abc' is not a number"), r.err);
        assertTrue(r.err.contains("line 3, tax_category: 'luxury' is not one of standard, reduced, super_reduced, zero"),
                r.err);
        Result listed = run("products", "list", "NEW-", "--data", data.toString());
        assertTrue(listed.out.contains("0 product(s)"), listed.out);
    }

    @Test
    @Order(3)
    void warehousesAndAStockCount() throws Exception {
        Result added = run("warehouses", "add", "3PL", "--name", "Fulfilment partner", "--data", data.toString());
        assertEquals(0, added.exit, added.toString());
        assertTrue(added.out.contains("Warehouse 3PL (Fulfilment partner) added"), added.out);
        Result twice = run("warehouses", "add", "3PL", "--name", "Again", "--data", data.toString());
        assertEquals(1, twice.exit, twice.toString());
        assertTrue(twice.err.contains("A warehouse with search key 3PL already exists"), twice.err);
        Result list = run("warehouses", "list", "--data", data.toString());
        assertTrue(list.out.matches("(?s).*3PL +Fulfilment partner.*MAIN +Main warehouse.*2 warehouse\\(s\\).*"),
                list.out);

        Result stock = run("stock", "import", "examples/stock.csv", "--data", data.toString());
        assertEquals(0, stock.exit, stock.toString());
        assertTrue(stock.out.contains("stock.csv: 4 row(s), stock on hand set for 4 product(s) and warehouse(s): "
                + "4 counted for the first time, 0 recounted"), stock.out);
        Path wrong = Files.writeString(work.resolve("stock-wrong.csv"), "sku,warehouse,quantity\nMUG-BLUE,3PL,5\n"
                + "MUG-BLUE,NOWHERE,5\n");
        Result refused = run("stock", "import", wrong.toString(), "--data", data.toString());
        assertEquals(1, refused.exit, refused.toString());
        assertTrue(refused.err.contains("line 3, warehouse: no warehouse 'NOWHERE'; warehouses: 3PL, MAIN"),
                refused.err);
        Result listed = run("products", "list", "DESK", "--data", data.toString());
        assertTrue(listed.out.contains("3PL 0, MAIN 4") || listed.out.contains("MAIN 4, 3PL 0"), listed.out);
    }

    @Test
    @Order(4)
    void theCompanyIsSetAndShownAndAWrongIbanIsRefused() throws Exception {
        Result none = run("company", "show", "--data", data.toString());
        assertTrue(none.out.contains("No company details yet"), none.out);
        Path png = Files.write(work.resolve("logo.png"), Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        Result set = run("company", "set", "--legal-name", "Catura Handel GmbH", "--street", "Hauptstr. 1",
                "--postal", "10115", "--city", "Berlin", "--country", "DE", "--vat-id", "DE123456789",
                "--tax-number", "30/123/45678", "--iban", "DE89 3704 0044 0532 0130 00", "--bic", "COBADEFFXXX",
                "--bank", "Commerzbank", "--oss", "yes", "--logo", png.toString(), "--data", data.toString());
        assertEquals(0, set.exit, set.toString());
        Result wrongIban = run("company", "set", "--iban", "DE89 3704 0044 0532 0130 01", "--data", data.toString());
        assertEquals(1, wrongIban.exit, wrongIban.toString());
        assertTrue(wrongIban.err.contains("IBAN 'DE89 3704 0044 0532 0130 01' has wrong check digits"), wrongIban.err);
        Result oss = run("company", "set", "--oss", "no", "--data", data.toString());
        assertEquals(0, oss.exit, oss.toString());

        Result shown = run("company", "show", "--data", data.toString());
        assertEquals(0, shown.exit, shown.toString());
        assertTrue(shown.out.contains("Legal name: Catura Handel GmbH"), shown.out);
        assertTrue(shown.out.contains("Address:    Hauptstr. 1, 10115 Berlin, DE"), shown.out);
        assertTrue(shown.out.contains("IBAN:       DE89 3704 0044 0532 0130 00"), shown.out);
        assertTrue(shown.out.contains("OSS:        no"), shown.out);
        assertTrue(shown.out.contains("Logo:       image/png, " + Files.size(png) + " bytes"), shown.out);
        assertFalse(shown.err.contains("Exception"), shown.err);
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("catura " + String.join(" ", args) + " did not finish:\n" + Files.readString(out)
                    + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
