package org.catura.runtime.internal;

/** Bad input from the person at the command line: one line, exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
