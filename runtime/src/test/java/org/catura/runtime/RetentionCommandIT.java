package org.catura.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.catura.runtime.CaturaProcess.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catura retention run} in the exported jar on an embedded database: the retention service
 * comes up only with the Amazon import's and the tickets' holders bound, and says what it did.
 */
class RetentionCommandIT {

    @TempDir
    static Path work;

    @BeforeAll
    static void locateJar() {
        CaturaProcess.jar();
    }

    @Test
    void aDryRunListsWhatIsDueAndARunSaysWhatItErased() throws Exception {
        Path data = work.resolve("data");
        Result dry = run("retention", "run", "--dry-run", "--data", data.toString());
        assertEquals(0, dry.exit(), dry.toString());
        assertTrue(dry.out().contains("0 order(s) due: shipment confirmed or cancelled more than 30 days ago;"
                + " nothing erased (dry run)"), dry.out());

        Result erased = run("retention", "run", "--data", data.toString());
        assertEquals(0, erased.exit(), erased.toString());
        assertTrue(erased.out().contains("Buyer data erased (30 days after shipment or cancellation): 0 order(s)"),
                erased.out());
    }

    private static Result run(String... args) throws Exception {
        return CaturaProcess.run(work, null, args);
    }
}
