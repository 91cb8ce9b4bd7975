package org.catura.core.api.process;

import java.time.Instant;

/** One line of an order's timeline. */
public record ProcessEvent(Instant at, String station, OrderState from, OrderState to, String message) {
}
