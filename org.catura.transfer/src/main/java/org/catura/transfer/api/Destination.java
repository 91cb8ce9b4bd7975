package org.catura.transfer.api;

import java.util.Objects;

/**
 * Names a place files go to, as stored in the outbox: the {@code owner} is the plugin whose
 * {@link DestinationDirectory} knows it (e.g. {@code shipping}), the {@code name} its entry there
 * (e.g. {@code dhl-sftp}). Host and secret are looked up when the file is sent, so a queued file
 * never carries a password and goes to where the destination points by then.
 */
public record Destination(String owner, String name) {

    public Destination {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        if (owner.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("A destination needs an owner and a name");
        }
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }
}
