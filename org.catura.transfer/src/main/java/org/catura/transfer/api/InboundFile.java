package org.catura.transfer.api;

import java.time.Instant;

/**
 * A file fetched from a folder, as the server listed it. {@link #key()} (name, size, time)
 * identifies it for a handler that wants to notice a file handed over twice: that happens when
 * this node stops between the handler's commit and the move to {@code done/}.
 */
public record InboundFile(String name, long size, Instant modified, byte[] content) {

    public InboundFile {
        FileNames.requireSafe(name);
    }

    public String key() {
        return name + "|" + size + "|" + modified.toEpochMilli();
    }

    @Override
    public String toString() {
        return name + " (" + size + " bytes)";
    }
}
