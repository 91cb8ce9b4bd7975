package org.catura.webui.internal.pages;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.catura.core.api.process.WorkerStatus;

/**
 * The health of this node's order workers, for {@code GET /api/health} and the cockpit's line: ok
 * when every worker is alive (a node without workers serves reads only and is ok too).
 */
public record WorkerHealth(List<WorkerStatus> workers) {

    public WorkerHealth {
        workers = List.copyOf(workers);
    }

    public long alive() {
        return workers.stream().filter(WorkerStatus::alive).count();
    }

    public int total() {
        return workers.size();
    }

    public boolean ok() {
        return alive() == total();
    }

    /** The newest heartbeat of any worker; null without workers. */
    public Instant lastHeartbeat() {
        return workers.stream().map(WorkerStatus::lastHeartbeat).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    public long failures() {
        return workers.stream().mapToLong(WorkerStatus::failures).sum();
    }

    /** The most recent failure a worker survived; null when none did. */
    public WorkerStatus lastFailed() {
        return workers.stream().filter(w -> w.lastFailureAt() != null)
                .max(Comparator.comparing(WorkerStatus::lastFailureAt)).orElse(null);
    }

    /**
     * What {@code GET /api/health} answers, without signing in: no error texts (they may name
     * orders or hosts), only whether each worker lives and when it last beat.
     */
    public Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", ok() ? "ok" : "failing");
        out.put("workersAlive", alive());
        out.put("workers", total());
        out.put("lastHeartbeat", text(lastHeartbeat()));
        out.put("detail", workers.stream().map(w -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", w.name());
            m.put("alive", w.alive());
            m.put("lastHeartbeat", text(w.lastHeartbeat()));
            m.put("failuresSurvived", w.failures());
            m.put("lastFailureAt", text(w.lastFailureAt()));
            return m;
        }).toList());
        return out;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
