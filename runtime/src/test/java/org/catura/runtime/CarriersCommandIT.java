package org.catura.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.catura.runtime.CaturaProcess.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catura carriers import|list|export} as a merchant runs them on an empty embedded
 * database with runtime/examples/carriers.json: the exported jar in its own JVM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CarriersCommandIT {

    @TempDir
    static Path work;

    private static Path data;

    @BeforeAll
    static void locateJar() {
        CaturaProcess.jar();
        data = work.resolve("data");
    }

    @Test
    @Order(1)
    void theExampleNeedsTheFulfilmentWarehouseAndChangesNothingWithoutIt() throws Exception {
        Result r = run("carriers", "import", "examples/carriers.json", "--data", data.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("carriers.json was not imported (nothing of it is stored), 1 problem(s):"), r.err());
        assertTrue(r.err().contains("carriers[3].warehouse: no warehouse '3PL'; the ERP has MAIN"), r.err());
        Result listed = run("carriers", "list", "--data", data.toString());
        assertTrue(listed.out().contains("0 carrier(s)"), listed.toString());
    }

    @Test
    @Order(2)
    void theExampleIsImportedListedAndExportedWithoutSecrets() throws Exception {
        assertEquals(0, run("warehouses", "add", "3PL", "--name", "Fulfilment partner", "--data", data.toString()).exit());
        Result r = run("carriers", "import", "examples/carriers.json", "--data", data.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("carriers.json: 4 carrier(s) added, 0 updated; 5 zone(s), 6 service(s), 25 rate(s), "
                + "3 rule(s) stored"), r.out());

        Result listed = run("carriers", "list", "--data", data.toString());
        assertEquals(0, listed.exit(), listed.toString());
        assertTrue(listed.out().matches("(?s).*\\ndpd +DPD +PARCEL +MAIN +SFTP CSV -> SFTP +2  yes\\n.*"), listed.out());
        assertTrue(listed.out().matches("(?s).*\\nfulfilment +Logistikpartner Fulfilment +FULFILMENT +3PL +"
                + "HTTP JSON -> HTTP_CALLBACK +1  yes\\n.*"), listed.out());
        assertTrue(listed.out().contains("4 carrier(s)"), listed.out());

        Path exported = work.resolve("exported.json");
        Result export = run("carriers", "export", exported.toString(), "--data", data.toString());
        assertEquals(0, export.exit(), export.toString());
        String json = Files.readString(exported);
        assertTrue(json.contains("\"trackingUrl\" : \"https://tracking.dpd.de/status/de_DE/parcel/{trackingNo}\""), json);
        assertFalse(json.contains("\"secret\""), json);

        Result again = run("carriers", "import", exported.toString(), "--data", data.toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("0 carrier(s) added, 4 updated"), again.out());
    }

    @Test
    @Order(3)
    void aBrokenFileIsRefusedWithEveryProblem() throws Exception {
        Path broken = Files.writeString(work.resolve("broken.json"), """
                {"carriers": [{"value": "gls", "name": "GLS", "kind": "COURIER", "warehouse": "MAIN",
                  "services": [{"value": "p", "name": "GLS Paket", "maxWeightKg": -3}]}]}""");
        Result r = run("carriers", "import", broken.toString(), "--data", data.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("2 problem(s):"), r.err());
        assertTrue(r.err().contains("carriers[0].kind: 'COURIER' is not one of IN_HOUSE, PARCEL, FULFILMENT"), r.err());
        assertTrue(r.err().contains("carriers[0].services[0].maxWeightKg: -3 is negative"), r.err());
        Result listed = run("carriers", "list", "--json", "--data", data.toString());
        assertFalse(listed.out().contains("\"gls\""), listed.out());
    }

    private static Result run(String... args) throws Exception {
        return CaturaProcess.run(work, null, args);
    }
}
