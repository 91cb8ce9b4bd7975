package org.catura.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.catura.shipping.api.CatalogueException;
import org.catura.shipping.api.CatalogueImport;
import org.junit.jupiter.api.Test;

/** What {@code catura carriers import|list} print, from an import's result and an export. */
class CarriersCommandTest {

    private static final String EXPORTED = """
            {"zones": [], "rules": [], "carriers": [
              {"value": "dhl", "name": "DHL", "kind": "PARCEL", "warehouse": "MAIN", "active": true,
               "transmission": {"channel": "DHL_PARCEL_DE"}, "return": {"channel": "API"},
               "services": [{"value": "paket"}, {"value": "paket-prio"}]},
              {"value": "dpd", "name": "DPD", "kind": "PARCEL", "warehouse": "MAIN", "active": false,
               "transmission": {"channel": "SFTP", "format": "CSV"}, "return": {"channel": "SFTP"}, "services": []}]}
            """;

    private static String printed(Consumer<PrintStream> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        print.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTableShowsChannelsServicesAndWhetherActive() {
        String table = printed(out -> {
            try {
                CarriersCommand.print(EXPORTED, false, out);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(table.startsWith("VALUE"), table);
        assertTrue(table.matches("(?s).*\\ndhl +DHL +PARCEL +MAIN +DHL_PARCEL_DE -> API +2  yes\\n.*"), table);
        assertTrue(table.matches("(?s).*\\ndpd +DPD +PARCEL +MAIN +SFTP CSV -> SFTP +0  no\\n.*"), table);
        assertTrue(table.endsWith("2 carrier(s)\n"), table);
    }

    @Test
    void theJsonHasOneRowPerCarrier() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(printed(out -> {
            try {
                CarriersCommand.print(EXPORTED, true, out);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }));
        assertEquals(2, rows.size());
        assertEquals("DHL_PARCEL_DE", rows.get(0).get("transmission").asText());
        assertEquals("API", rows.get(0).get("return").asText());
        assertEquals(2, rows.get(0).get("services").asInt());
        assertEquals(false, rows.get(1).get("active").asBoolean());
    }

    @Test
    void anImportReportsCountsAndWarningsAProblemEveryProblem() {
        String report = printed(out -> CarriersCommand.report(Path.of("examples/carriers.json"),
                new CatalogueImport(3, 1, 5, 6, 25, 3, List.of("carriers[1].transmission.apiKey: none")), out));
        assertTrue(report.startsWith("carriers.json: 3 carrier(s) added, 1 updated; 5 zone(s), 6 service(s), "
                + "25 rate(s), 3 rule(s) stored\n1 warning(s):\n  carriers[1].transmission.apiKey: none"), report);
        String problems = printed(err -> CarriersCommand.problems(Path.of("bad.json"), new CatalogueException(
                List.of("zones[0].value: is required", "carriers[0].kind: 'X' is not one of IN_HOUSE")), err));
        assertEquals("bad.json was not imported (nothing of it is stored), 2 problem(s):\n  zones[0].value: is required\n"
                + "  carriers[0].kind: 'X' is not one of IN_HOUSE\n", problems);
    }
}
