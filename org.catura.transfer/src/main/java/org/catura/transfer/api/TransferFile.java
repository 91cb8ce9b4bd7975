package org.catura.transfer.api;

import java.util.Objects;

/**
 * A file to send. The name is the name it gets at the destination and must be a plain file
 * name ({@link FileNames#requireSafe}); the HTTP kind sends the content type as Content-Type.
 */
public record TransferFile(String name, String contentType, byte[] content) {

    public TransferFile {
        FileNames.requireSafe(name);
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return name + " (" + contentType + ", " + content.length + " bytes)";
    }
}
