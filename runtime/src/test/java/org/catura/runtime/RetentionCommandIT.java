package org.catura.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    private static Path jar;

    @BeforeAll
    static void locateJar() {
        jar = Path.of(System.getProperty("catura.jar", "target/catura.jar"));
        assertTrue(Files.isRegularFile(jar), "exported runtime missing: " + jar);
    }

    @Test
    void aDryRunListsWhatIsDueAndARunSaysWhatItErased() throws Exception {
        Path data = work.resolve("data");
        Result dry = run("retention", "run", "--dry-run", "--data", data.toString());
        assertEquals(0, dry.exit, dry.toString());
        assertTrue(dry.out.contains("0 order(s) due: shipment confirmed or cancelled more than 30 days ago;"
                + " nothing erased (dry run)"), dry.out);

        Result erased = run("retention", "run", "--data", data.toString());
        assertEquals(0, erased.exit, erased.toString());
        assertTrue(erased.out.contains("Buyer data erased (30 days after shipment or cancellation): 0 order(s)"),
                erased.out);
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
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
