package org.catura.amazon.plugin.api;

/**
 * What re-importing one order did.
 *
 * @param orderId the order's id in Catura's order process, null when it was not stored
 * @param change  for a known order, what the newer version changed (core's UpdateResult name), else null
 */
public record ReimportResult(String channel, String amazonOrderId, Outcome outcome, Long orderId, String change,
        String message) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, FAILED, NOT_FOUND }
}
