package org.catura.transfer.api;

/** A file name would leave its folder or is otherwise no plain file name. */
public class UnsafeFileNameException extends IllegalArgumentException {
    public UnsafeFileNameException(String message) {
        super(message);
    }
}
