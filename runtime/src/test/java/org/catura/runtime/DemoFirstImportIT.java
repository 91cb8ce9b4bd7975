package org.catura.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catura demo} as a person starts it: the orders Amazon (the sandbox) holds at start are
 * in the channel's first import run after the start, which begins at once, and so in the cockpit
 * within seconds of the web UI coming up; on a fresh data folder and on one kept from an earlier
 * demo alike.
 */
class DemoFirstImportIT {

    @TempDir
    Path work;

    @Test
    void theOrdersAmazonHoldsAtStartAreImportedByTheFirstRunAlsoOnAKeptDataFolder() throws Exception {
        Path data = work.resolve("data");
        startAndExpectTheFirstRunToImportTheOrdersAtStart(data, 1);
        String before = status(data);
        Matcher latest = Pattern.compile("^  run (\\d+) ", Pattern.MULTILINE).matcher(before);
        assertTrue(latest.find(), before);
        startAndExpectTheFirstRunToImportTheOrdersAtStart(data, Long.parseLong(latest.group(1)) + 1);
    }

    private void startAndExpectTheFirstRunToImportTheOrdersAtStart(Path data, long firstRun) throws Exception {
        int port = Http.freePort();
        try (CaturaProcess demo = CaturaProcess.start(work, "demo", "--data", data.toString(), "--orders", "5",
                "--per-minute", "0", "--port", String.valueOf(port))) {
            String printed = demo.awaitOutput("Ctrl-C stops", Duration.ofSeconds(180));
            Matcher placed = Pattern.compile("Amazon took order (\\d{3}-\\d{7}-\\d{7})").matcher(printed);
            List<String> ids = new ArrayList<>();
            while (placed.find()) {
                ids.add(placed.group(1));
            }
            assertEquals(5, ids.size(), printed);

            Http admin = new Http("http://127.0.0.1:" + port);
            assertEquals(200, admin.signIn("admin", "admin-demo").statusCode());
            // a wait, not a speed limit: on a loaded 2-core machine the first pages take a while
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            String orders = "";
            while (System.nanoTime() < deadline && !ids.stream().allMatch(orders::contains)) {
                Thread.sleep(500);
                HttpResponse<String> listed = admin.get("/api/orders");
                assertEquals(200, listed.statusCode(), listed.body());
                orders = listed.body();
            }
            for (String id : ids) {
                assertTrue(orders.contains("\"" + id + "\""), id + " not in the cockpit's orders:\n" + orders);
            }

            // and it was the first run after the start that brought them, not a later one
            String status = status(data);
            assertTrue(Pattern.compile("^  run " + firstRun + " SCHEDULED COMPLETED at \\S+: 5 seen, 5 new, "
                    + "0 updated, 0 failed$", Pattern.MULTILINE).matcher(status).find(), status);
        }
    }

    private String status(Path data) throws Exception {
        CaturaProcess.Result status = CaturaProcess.run(work, null, "import", "status", "--data", data.toString());
        assertEquals(0, status.exit(), status.toString());
        return status.out();
    }
}
