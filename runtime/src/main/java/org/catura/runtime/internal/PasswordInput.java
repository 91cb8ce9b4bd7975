package org.catura.runtime.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A password for a command: asked twice on a terminal without echo, else the first line of
 * standard input, so that scripts can pipe it in and it never shows in the process list.
 */
final class PasswordInput {

    private PasswordInput() {
    }

    /** @param console the terminal, null when standard input or output is not one */
    static String read(Console console, InputStream in, String username) {
        if (console != null) {
            return ask(console, username);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new UsageException("No password for '" + username + "' on standard input: pipe it in "
                        + "(first line), or run the command on a terminal to be asked for it");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password from standard input: " + e.getMessage(), e);
        }
    }

    private static String ask(Console console, String username) {
        char[] first = console.readPassword("Password for %s: ", username);
        char[] again = console.readPassword("Same password again: ");
        try {
            if (first == null || first.length == 0) {
                throw new UsageException("No password given for '" + username + "'");
            }
            if (!Arrays.equals(first, again)) {
                throw new UsageException("The two passwords for '" + username + "' differ; nothing was changed");
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
