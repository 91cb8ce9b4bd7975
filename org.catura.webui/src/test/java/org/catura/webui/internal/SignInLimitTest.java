package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.catura.webui.internal.auth.AuthSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The per-address limit on sign-in attempts, through the real servlets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInLimitTest {

    Site site;

    @BeforeAll
    void start() throws Exception {
        site = new Site(new AuthSettings(Duration.ofHours(1), 5, Duration.ofMinutes(5), false, 4, 10,
                Duration.ofMinutes(5), 100, Duration.ofMinutes(1)));
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    @Test
    void theEleventhSignInFromOneAddressIsRefusedWith429AndRetryAfterEvenWithTheRightPassword() {
        Client api = new Client(site.url);
        for (int i = 0; i < 6; i++) {
            assertEquals(401, api.json("POST", "/api/login", "{\"username\":\"guess" + i + "\",\"password\":\"x\"}",
                    false).statusCode());
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(401, new Client(site.url).login("guess" + i, "x").statusCode(), "form attempt " + i);
        }
        HttpResponse<String> refused = new Client(site.url).login("clara", Site.PASSWORD);
        assertEquals(429, refused.statusCode());
        long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= 300, "Retry-After " + retry);
        assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertTrue(refused.body().contains("Too many sign-in attempts"), refused.body());
        HttpResponse<String> api429 = api.json("POST", "/api/login",
                "{\"username\":\"clara\",\"password\":\"" + Site.PASSWORD + "\"}", false);
        assertEquals(429, api429.statusCode());
        assertTrue(api429.headers().firstValue("Retry-After").isPresent());
        assertEquals(0, site.count("select count(*) from catura_webui_session s join catura_webui_user u"
                + " using (user_id) where u.username = 'clara'"));
    }
}
