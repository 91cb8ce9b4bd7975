package org.catura.core.api.process;

/** The order's id and whether this hand-in created it (false: it was known already). */
public record HandInResult(long orderId, boolean created) {
}
