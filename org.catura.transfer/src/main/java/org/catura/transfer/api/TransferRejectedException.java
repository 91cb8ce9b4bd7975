package org.catura.transfer.api;

/**
 * The other side refused the file for good (HTTP 4xx, another file under the same name, an
 * unknown destination): trying again unchanged will not help; a person has to act.
 */
public class TransferRejectedException extends TransferException {

    public TransferRejectedException(String message) {
        super(message, null);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
