package org.catura.ticket.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.catura.ticket.api.TicketType;

/**
 * The configuration as the plain classes use it; tests build it directly. The supervisor and due
 * hours are deprecated: CAT_TicketType's row per type decides, these only for a type without one.
 */
public record TicketSettings(String supervisor, String supervisorEmail, Map<TicketType, Duration> dueAfter,
        long watchIntervalSeconds, long escalationIntervalSeconds) {

    public TicketSettings {
        if (supervisor == null || supervisor.isBlank()) {
            throw new IllegalArgumentException("The ticket configuration needs a supervisor user name");
        }
        if (watchIntervalSeconds < 1 || escalationIntervalSeconds < 1) {
            throw new IllegalArgumentException("Watch and escalation intervals must be at least 1 second, were "
                    + watchIntervalSeconds + " and " + escalationIntervalSeconds);
        }
        Map<TicketType, Duration> due = new EnumMap<>(TicketType.class);
        for (TicketType type : TicketType.values()) {
            Duration d = dueAfter.get(type);
            if (d == null) {
                throw new IllegalArgumentException("No due time configured for " + type + " tickets");
            }
            due.put(type, d);
        }
        dueAfter = Map.copyOf(due);
    }

    public static TicketSettings from(TicketConfig c) {
        Map<TicketType, Duration> due = new EnumMap<>(TicketType.class);
        due.put(TicketType.MANUAL_QUEUE, hours(c.manualQueueDueHours()));
        due.put(TicketType.STATION_ERROR, hours(c.stationErrorDueHours()));
        due.put(TicketType.NO_SHIPPING_CONFIRMATION, hours(c.noShippingConfirmationDueHours()));
        due.put(TicketType.CANCEL_AFTER_SHIPPING, hours(c.cancelAfterShippingDueHours()));
        due.put(TicketType.IMPORT_ERROR, hours(c.importErrorDueHours()));
        // newer than the deprecated attributes: its CAT_TicketType row sets it, this is the fallback only
        due.put(TicketType.CARRIER_MESSAGE_REJECTED, Duration.ofHours(8));
        due.put(TicketType.OTHER, hours(c.otherDueHours()));
        return new TicketSettings(c.supervisor(), c.supervisorEmail(), due, c.watchIntervalSeconds(),
                c.escalationIntervalSeconds());
    }

    /** The defaults of {@link TicketConfig}. */
    public static TicketSettings defaults() {
        Map<TicketType, Duration> due = new EnumMap<>(TicketType.class);
        due.put(TicketType.MANUAL_QUEUE, Duration.ofHours(4));
        due.put(TicketType.STATION_ERROR, Duration.ofHours(2));
        due.put(TicketType.NO_SHIPPING_CONFIRMATION, Duration.ofHours(8));
        due.put(TicketType.CANCEL_AFTER_SHIPPING, Duration.ofHours(8));
        due.put(TicketType.IMPORT_ERROR, Duration.ofHours(8));
        due.put(TicketType.CARRIER_MESSAGE_REJECTED, Duration.ofHours(8));
        due.put(TicketType.OTHER, Duration.ofHours(48));
        return new TicketSettings("supervisor", "", due, 5, 60);
    }

    /**
     * The deprecated attributes this configuration sets away from their defaults, by name: they
     * count only for a ticket type without a row in CAT_TicketType, which a person should know.
     */
    public java.util.List<String> deprecatedOverrides() {
        TicketSettings d = defaults();
        java.util.List<String> set = new java.util.ArrayList<>();
        if (!supervisor.equals(d.supervisor)) {
            set.add("supervisor");
        }
        if (supervisorEmail != null && !supervisorEmail.isBlank()) {
            set.add("supervisorEmail");
        }
        for (TicketType type : TicketType.values()) {
            if (!dueAfter(type).equals(d.dueAfter(type))) {
                set.add(type + " due hours");
            }
        }
        return set;
    }

    public Duration dueAfter(TicketType type) {
        return dueAfter.get(type);
    }

    /** Where the escalation mail goes. */
    public String escalationRecipient() {
        return supervisorEmail == null || supervisorEmail.isBlank() ? supervisor : supervisorEmail;
    }

    private static Duration hours(double hours) {
        if (hours < 0 || Double.isNaN(hours)) {
            throw new IllegalArgumentException("Due hours must not be negative, were " + hours);
        }
        return Duration.ofSeconds(Math.round(hours * 3600));
    }
}
