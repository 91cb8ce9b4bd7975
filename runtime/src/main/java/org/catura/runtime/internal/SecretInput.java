package org.catura.runtime.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passwords and secrets for a command: asked for on a terminal without echo, else read from
 * standard input one per line, so that scripts can pipe them in and they never show in the
 * process list or the shell's history.
 */
final class SecretInput {

    private final Console console;
    private final BufferedReader in;

    /** @param console the terminal, null when standard input or output is not one */
    SecretInput(Console console, InputStream in) {
        this.console = console;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static SecretInput ofThisProcess() {
        return new SecretInput(System.console(), System.in);
    }

    /**
     * The next secret, as typed or piped (spaces kept).
     *
     * @param what    what is asked for, for the prompt ("Password for anna")
     * @param confirm asked twice on a terminal (a new password)
     * @param missing the refusal when standard input has no (or an empty) line for it
     */
    String next(String what, boolean confirm, String missing) {
        if (console != null) {
            return ask(what, confirm);
        }
        try {
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                throw new UsageException(missing);
            }
            return line;
        } catch (IOException e) {
            throw new FailureException("Cannot read from standard input: " + e.getMessage(), e);
        }
    }

    private String ask(String what, boolean confirm) {
        char[] first = console.readPassword("%s: ", what);
        char[] again = confirm ? console.readPassword("Same again: ") : first;
        try {
            if (first == null || first.length == 0) {
                throw new UsageException("Nothing typed for: " + what + "; nothing was changed");
            }
            if (!Arrays.equals(first, again)) {
                throw new UsageException("The two entries differ (" + what + "); nothing was changed");
            }
            return new String(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, ' ');
            }
            if (again != null) {
                Arrays.fill(again, ' ');
            }
        }
    }
}
