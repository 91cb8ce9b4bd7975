package org.catura.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The exported runtime jar run as a person runs it, each command in its own JVM: to completion
 * (with standard input given or empty), or in the background while the test reads what it prints.
 */
final class CaturaProcess implements AutoCloseable {

    private final Process process;
    private final Path out;
    private final String command;

    private CaturaProcess(Process process, Path out, String command) {
        this.process = process;
        this.out = out;
        this.command = command;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("catura.jar", "target/catura.jar"));
        assertTrue(Files.isRegularFile(jar), "exported runtime missing: " + jar);
        return jar;
    }

    /** Runs {@code catura args} to its end with {@code stdin} as standard input (null: none). */
    static Result run(Path work, String stdin, String... args) throws Exception {
        Path in = Files.createTempFile(work, "in", ".txt");
        Files.writeString(in, stdin == null ? "" : stdin, StandardCharsets.UTF_8);
        Path outFile = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command(args)).redirectOutput(outFile.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(in.toFile())).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("catura " + String.join(" ", args) + " did not finish:\n"
                    + Files.readString(outFile) + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(outFile), Files.readString(err));
    }

    /** Starts {@code catura args} in the background, standard error merged into what it prints. */
    static CaturaProcess start(Path work, String... args) throws IOException {
        Path outFile = Files.createTempFile(work, "bg", ".txt");
        Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(outFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        return new CaturaProcess(p, outFile, "catura " + String.join(" ", args));
    }

    /** Waits until the process has printed {@code text}; fails with what it printed if it ends or takes too long. */
    String awaitOutput(String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String printed = printed();
            if (printed.contains(text)) {
                return printed;
            }
            if (!process.isAlive()) {
                throw new AssertionError(command + " ended (exit " + process.exitValue() + ") before printing '"
                        + text + "':\n" + printed);
            }
            Thread.sleep(200);
        }
        throw new AssertionError(command + " did not print '" + text + "' within " + timeout + ":\n" + printed());
    }

    String printed() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Stops it as Ctrl-C would, and waits for it to take its database down. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
