package org.catura.mail.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.catura.mail.api.MailMessage;

/** Mail as outbox payload; other fields senders add (a ticket id, say) are ignored. */
public final class MailJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(MailMessage message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Mail cannot be queued: " + e.getOriginalMessage(), e);
        }
    }

    /** The mail with {@code about}'s fields beside its own, for whoever reads the outbox. */
    String write(MailMessage message, Map<String, ?> about) {
        ObjectNode node = mapper.valueToTree(message);
        about.forEach((name, value) -> {
            if (node.has(name)) {
                throw new IllegalArgumentException("Mail cannot be queued: '" + name
                        + "' is a field of the mail itself; name what the mail is about otherwise");
            }
            node.set(name, mapper.valueToTree(value));
        });
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Mail cannot be queued: " + e.getOriginalMessage(), e);
        }
    }

    public MailMessage read(String payload) {
        try {
            return mapper.readValue(payload, MailMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Queued mail is malformed: " + e.getOriginalMessage(), e);
        }
    }
}
