package org.catura.sandbox.carrier;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults on request ({@link #next}) and drawn from the seed: a test asks for "the next two answers
 * 429"; the demo asks for "some answers late, some malformed, some 429".
 */
public final class DhlSandboxFaults {

    private final Map<DhlSandboxFault, AtomicInteger> planned = new ConcurrentHashMap<>();
    private final DhlSandboxSettings settings;
    private final Random random;

    DhlSandboxFaults(DhlSandboxSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    /** The next {@code count} requests (that pass the login) get {@code fault}. */
    public DhlSandboxFaults next(DhlSandboxFault fault, int count) {
        planned.computeIfAbsent(fault, f -> new AtomicInteger()).addAndGet(count);
        return this;
    }

    /** Forgets the planned faults (the seeded ones stay). */
    public void clear() {
        planned.clear();
    }

    /** The fault for the request now being answered, or null. */
    synchronized DhlSandboxFault draw() {
        for (DhlSandboxFault fault : DhlSandboxFault.values()) {
            AtomicInteger left = planned.get(fault);
            if (left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return fault;
            }
        }
        double x = random.nextDouble();
        if (x < settings.lateShare()) {
            return DhlSandboxFault.LATE;
        }
        if (x < settings.lateShare() + settings.malformedShare()) {
            return DhlSandboxFault.MALFORMED;
        }
        if (x < settings.lateShare() + settings.malformedShare() + settings.throttleShare()) {
            return DhlSandboxFault.THROTTLE;
        }
        return null;
    }
}
