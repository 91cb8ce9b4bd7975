package org.catura.sandbox.spapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Trouble the sandbox causes on request, for tests of the client and the import. */
public final class SandboxFaults {

    enum Kind { THROTTLE, SERVER_ERROR, DROP_CONNECTION, DENIED }

    private final Map<String, AtomicInteger> throttle = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> serverError = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> drop = new ConcurrentHashMap<>();
    private final Set<String> malformed = ConcurrentHashMap.newKeySet();
    private final Set<String> denied = ConcurrentHashMap.newKeySet();
    private final Map<String, Consumer<ObjectNode>> alterations = new ConcurrentHashMap<>();

    /** The next {@code count} calls of the operation are answered 429 QuotaExceeded (a 429 storm). */
    public SandboxFaults throttleNext(UsagePlan op, int count) {
        throttle.put(op.operationId(), new AtomicInteger(count));
        return this;
    }

    /** The next {@code count} calls of the operation are answered 500 InternalFailure. */
    public SandboxFaults failNext(UsagePlan op, int count) {
        serverError.put(op.operationId(), new AtomicInteger(count));
        return this;
    }

    /** The next {@code count} answers of the operation break off halfway through the body. */
    public SandboxFaults dropConnectionNext(UsagePlan op, int count) {
        drop.put(op.operationId(), new AtomicInteger(count));
        return this;
    }

    /**
     * Every call of the operation is answered 403 Unauthorized, as Amazon answers an app the seller
     * has not authorised (or that lacks the operation's role), until {@link #allow}.
     */
    public SandboxFaults deny(UsagePlan op) {
        denied.add(op.operationId());
        return this;
    }

    public SandboxFaults allow(UsagePlan op) {
        denied.remove(op.operationId());
        return this;
    }

    /** The order is served with a createdTime no parser accepts and without its items. */
    public SandboxFaults malformOrder(String orderId) {
        malformed.add(orderId);
        return this;
    }

    boolean isMalformed(String orderId) {
        return malformed.contains(orderId);
    }

    /**
     * The order is served (by searchOrders and getOrder) with {@code edit} applied to its JSON, as
     * a faulty Amazon might send it: an optional field missing, an absurd amount or quantity. The
     * answer stays well-formed JSON of the protocol; only the order's content is poisoned.
     */
    public SandboxFaults alterOrder(String orderId, Consumer<ObjectNode> edit) {
        alterations.merge(orderId, edit, Consumer::andThen);
        return this;
    }

    /** The order is served as it is again: the seller fixed it at Amazon, so to speak. */
    public SandboxFaults restoreOrder(String orderId) {
        alterations.remove(orderId);
        malformed.remove(orderId);
        return this;
    }

    void alter(String orderId, ObjectNode order) {
        Consumer<ObjectNode> edit = alterations.get(orderId);
        if (edit != null) {
            edit.accept(order);
        }
    }

    Kind take(String operationId) {
        if (denied.contains(operationId)) {
            return Kind.DENIED;
        }
        if (takeOne(throttle, operationId)) {
            return Kind.THROTTLE;
        }
        if (takeOne(serverError, operationId)) {
            return Kind.SERVER_ERROR;
        }
        if (takeOne(drop, operationId)) {
            return Kind.DROP_CONNECTION;
        }
        return null;
    }

    private static boolean takeOne(Map<String, AtomicInteger> counters, String operationId) {
        AtomicInteger left = counters.get(operationId);
        return left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }
}
