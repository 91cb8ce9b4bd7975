package org.catura.core.api.process;

import java.time.Instant;

/** A problem a station found in an order that a person has to look at; open until a person sends the order on. */
public record OrderIssue(IssueCode code, String detail, String station, Instant createdAt) {

    /** {@code CODE: detail}, as the queue and the tickets show it. */
    @Override
    public String toString() {
        return code + ": " + detail;
    }
}
