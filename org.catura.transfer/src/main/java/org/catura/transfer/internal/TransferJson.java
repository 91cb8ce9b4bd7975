package org.catura.transfer.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.catura.transfer.api.Destination;
import org.catura.transfer.api.TransferFile;

/** A queued file as outbox payload: the destination by name only (no host, no secret) and the file. */
final class TransferJson {

    /** Jackson writes the content as base64. */
    record Payload(String owner, String destination, String name, String contentType, byte[] content) {

        Destination target() {
            return new Destination(owner, destination);
        }

        TransferFile file() {
            return new TransferFile(name, contentType, content);
        }
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(Destination destination, TransferFile file) {
        try {
            return mapper.writeValueAsString(new Payload(destination.owner(), destination.name(), file.name(),
                    file.contentType(), file.content()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("File cannot be queued: " + e.getOriginalMessage(), e);
        }
    }

    Payload read(String payload) {
        try {
            return mapper.readValue(payload, Payload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Queued file is malformed: " + e.getOriginalMessage(), e);
        }
    }
}
