package org.catura.sandbox.spapi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** The opaque paginationToken: the search window and the key of the last order served; valid 24 hours. */
final class PageToken {

    static final Duration VALIDITY = Duration.ofHours(24);

    private PageToken() {
    }

    static String encode(SandboxOrders.SearchWindow window, Instant issuedAt) {
        String text = (window.byCreated() ? "C" : "U") + "|" + window.after().toEpochMilli() + "|"
                + window.before().toEpochMilli() + "|" + window.afterKey().toEpochMilli() + "|"
                + window.afterOrderId() + "|" + issuedAt.toEpochMilli();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The window behind a token; throws IllegalArgumentException with the reason when it is not usable. */
    static SandboxOrders.SearchWindow decode(String token, Instant now) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("paginationToken is not valid");
        }
        if (parts.length != 6) {
            throw new IllegalArgumentException("paginationToken is not valid");
        }
        try {
            if (Instant.ofEpochMilli(Long.parseLong(parts[5])).plus(VALIDITY).isBefore(now)) {
                throw new IllegalArgumentException("paginationToken has expired (valid 24 hours)");
            }
            return new SandboxOrders.SearchWindow("C".equals(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])),
                    Instant.ofEpochMilli(Long.parseLong(parts[2])), Instant.ofEpochMilli(Long.parseLong(parts[3])),
                    parts[4]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("paginationToken is not valid");
        }
    }
}
