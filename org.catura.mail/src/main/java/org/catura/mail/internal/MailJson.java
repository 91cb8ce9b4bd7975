package org.catura.mail.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.catura.mail.api.MailMessage;

/** Mail as outbox payload; other fields senders add (a ticket id, say) are ignored. */
final class MailJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(MailMessage message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Mail cannot be queued: " + e.getOriginalMessage(), e);
        }
    }

    MailMessage read(String payload) {
        try {
            return mapper.readValue(payload, MailMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Queued mail is malformed: " + e.getOriginalMessage(), e);
        }
    }
}
