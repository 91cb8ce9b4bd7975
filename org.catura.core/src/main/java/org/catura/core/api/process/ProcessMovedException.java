package org.catura.core.api.process;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's move of an order refused because the order is no longer in the state the person saw:
 * the channel or someone else moved it meanwhile. The message says who moved it, when and why, and
 * that nothing was changed; {@link #change()} is the timeline line of that move.
 */
public class ProcessMovedException extends IllegalStateException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Who the timeline names for a channel's update. */
    private static final String CHANNEL_UPDATE = "channel-update";

    private final long orderId;
    private final OrderState expected;
    private final OrderState actual;
    private final transient ProcessEvent change;

    /**
     * @param change the timeline line of the move that took the order away from {@code expected}
     *               (null when there is none)
     */
    public ProcessMovedException(long orderId, OrderState expected, OrderState actual, ProcessEvent change) {
        super(describe(actual, change));
        this.orderId = orderId;
        this.expected = expected;
        this.actual = actual;
        this.change = change;
    }

    public long orderId() {
        return orderId;
    }

    /** The state the person saw and acted on. */
    public OrderState expected() {
        return expected;
    }

    /** The state the order is in now. */
    public OrderState actual() {
        return actual;
    }

    public Optional<ProcessEvent> change() {
        return Optional.ofNullable(change);
    }

    private static String describe(OrderState actual, ProcessEvent change) {
        String now = "; it is now at " + actual.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
        if (change == null) {
            return "This order was moved while you were looking at it; nothing was changed" + now;
        }
        String what = CHANNEL_UPDATE.equals(change.station()) ? capitalised(change.message())
                : capitalised(change.station()) + " moved this order to "
                        + change.to().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (change.message() == null ? "" : " (" + change.message() + ")");
        return what + " at " + time(change.at()) + " while you were looking at it; nothing was changed" + now;
    }

    private static String time(Instant at) {
        return at == null ? "an unknown time" : TIME.format(at);
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "Someone" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
