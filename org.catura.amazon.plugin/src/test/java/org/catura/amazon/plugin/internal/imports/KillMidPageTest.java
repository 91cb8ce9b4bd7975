package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.UsagePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's process killed while a page's transaction is open: the page leaves no trace, the
 * pages before it stay, and the restarted import takes the window up at that page, so in the end
 * every order is there once.
 */
class KillMidPageTest {

    Fixture fixture;
    SpApiSandbox sandbox;
    Process child;

    @AfterEach
    void stop() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void killedInsideAPageTransactionTheRestartMissesNothingAndDoublesNothing(@TempDir Path dir) throws Exception {
        fixture = new Fixture();
        sandbox = new SpApiSandbox(SandboxSettings.defaults().withQuotasEnforced(false)).start();
        Path keyFile = dir.resolve("secret.key");
        Secrets secrets = AesGcmSecrets.fromKeyFile(keyFile);
        Fixture.Wiring w = fixture.wire(secrets, Fixture.process(), Clock.systemUTC(), 10, ImportObserver.NONE);
        Instant now = Instant.now();
        w.channels().save(Fixture.channel("amazon-eu", sandbox).withImportSince(now.minus(Duration.ofHours(4))),
                Fixture.secrets(sandbox));
        List<String> placed = sandbox.orders().generate(35, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
        Path signals = Files.createDirectories(dir.resolve("signals"));

        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ImportChild.class.getName(), fixture.jdbcUrl(),
                keyFile.toString(), "amazon-eu", signals.toString(), "2", "10")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(signals.resolve("in-page-2"))) {
            assertTrue(child.isAlive(), "the child import ended early");
            assertTrue(System.nanoTime() < deadline, "the child import never reached page 2");
            Thread.sleep(20);
        }
        child.destroyForcibly().waitFor();

        assertEquals(10, count("select count(*) from catura_order"), "page 1 committed, page 2 left no trace");
        assertEquals(0, count("select count(*) from amazon_import_state where watermark is not null"));
        assertNotNull(fixture.text("select page_token from amazon_import_state"), "the resume point of page 2");
        assertEquals(1, count("select count(*) from amazon_import_run where outcome = 'RUNNING'"));

        sandbox.clearCalls();
        ImportReport restart = w.imports().runNow("amazon-eu");

        assertEquals(ImportReport.Outcome.COMPLETED, restart.outcome(), restart.message());
        assertTrue(sandbox.calls(UsagePlan.SEARCH_ORDERS).get(0).uri().contains("paginationToken="),
                "the restart resumed at page 2, not at the window's start");
        assertEquals(25, restart.created(), "pages 2 to 4");
        assertEquals(0, restart.unchanged(), "nothing fetched twice");
        assertEquals(35, count("select count(*) from catura_order"), "nothing missing");
        assertEquals(35, count("select count(distinct external_id) from catura_order"));
        for (String id : placed) {
            assertEquals(1, count("select count(*) from catura_order where external_id = '" + id + "'"), id);
        }
        assertEquals(35, count("select count(*) from catura_process_event where station = 'hand-in'"), "handed in once each");
        assertEquals(1, count("select count(*) from amazon_import_run where outcome = 'INTERRUPTED'"),
                "the killed run is shown as interrupted");
        assertEquals(restart.windowTo(), w.imports().watermark("amazon-eu").orElseThrow());
    }

    long count(String sql) {
        return fixture.count(sql);
    }
}
