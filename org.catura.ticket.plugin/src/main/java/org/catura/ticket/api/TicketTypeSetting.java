package org.catura.ticket.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * A ticket type as its row in CAT_TicketType sets it: how long its tickets have, and whether and
 * to whom they escalate. A row that is not active, or says IsEscalate 'N', never escalates.
 *
 * @param supervisor null or blank: the configured supervisor (deprecated fallback)
 * @param supervisorEmail null or blank: the supervisor's user name, as the mail address
 * @param changedBy who last changed the row in Catura; null for the seeded rows and window edits
 */
public record TicketTypeSetting(TicketType type, String name, BigDecimal dueHours, String supervisor,
        String supervisorEmail, boolean escalate, boolean active, String changedBy) {

    /** How long after opening a ticket of this type is due. */
    public Duration dueAfter() {
        return Duration.ofSeconds(dueHours.multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    /** Whether its overdue tickets escalate. */
    public boolean escalates() {
        return active && escalate;
    }

    /** Who overdue tickets go to: the row's supervisor, else {@code fallback}. */
    public String supervisorOr(String fallback) {
        return supervisor == null || supervisor.isBlank() ? fallback : supervisor.strip();
    }

    /** Where the escalation mail goes: the row's address, else the supervisor's user name. */
    public String recipientOr(String fallbackSupervisor) {
        return supervisorEmail == null || supervisorEmail.isBlank() ? supervisorOr(fallbackSupervisor)
                : supervisorEmail.strip();
    }
}
