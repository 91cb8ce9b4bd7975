package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /api/health} answers a monitor without signing in: 200 while the workers live, 503 when not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthTest {

    Site site;

    @BeforeAll
    void start() throws Exception {
        site = new Site();
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    @Test
    void healthSaysTheWorkersAreAliveAndFailsOnceTheyStopped() throws Exception {
        site.engine.start();
        Client monitor = new Client(site.url);
        HttpResponse<String> alive = monitor.get("/api/health");
        assertEquals(200, alive.statusCode(), alive.body());
        assertTrue(alive.body().contains("\"status\":\"ok\"") && alive.body().contains("\"workersAlive\":1")
                && alive.body().contains("\"alive\":true"), alive.body());
        assertTrue(alive.body().contains("\"lastHeartbeat\":\"20"), alive.body());

        site.engine.stop();
        HttpResponse<String> stopped = monitor.get("/api/health");
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(stopped.body().contains("\"status\":\"failing\"")
                && stopped.body().contains("\"workersAlive\":0"), stopped.body());
    }
}
