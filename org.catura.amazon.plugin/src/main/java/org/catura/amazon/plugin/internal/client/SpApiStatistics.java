package org.catura.amazon.plugin.internal.client;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Calls sent and 429s received per operation, for the benchmark and the cockpit. */
public final class SpApiStatistics {

    private final Map<SpApiOperation, AtomicLong> calls = new EnumMap<>(SpApiOperation.class);
    private final Map<SpApiOperation, AtomicLong> throttled = new EnumMap<>(SpApiOperation.class);

    public SpApiStatistics() {
        for (SpApiOperation op : SpApiOperation.values()) {
            calls.put(op, new AtomicLong());
            throttled.put(op, new AtomicLong());
        }
    }

    void recordCall(SpApiOperation op) {
        calls.get(op).incrementAndGet();
    }

    void recordThrottled(SpApiOperation op) {
        throttled.get(op).incrementAndGet();
    }

    public long calls(SpApiOperation op) {
        return calls.get(op).get();
    }

    public long throttled(SpApiOperation op) {
        return throttled.get(op).get();
    }

    public long totalCalls() {
        return calls.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long totalThrottled() {
        return throttled.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
