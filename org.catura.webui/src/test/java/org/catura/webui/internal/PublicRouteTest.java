package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.api.extension.WebRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A public extension route (a carrier's callback) answers a machine without session, role or
 * CSRF token, reading its header and body; the extension's other routes stay behind sign-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRouteTest {

    Site site;
    final WebExtension hooks = new WebExtension() {
        @Override
        public String namespace() {
            return "hooks";
        }

        @Override
        public List<WebRoute> routes() {
            return List.of(WebRoute.open("POST", "/hooks/in/(\\w+)", r -> r.json(
                            "Bearer s3cret".equals(r.header("Authorization")) ? 200 : 401,
                            Map.of("who", r.pathParam(1), "body", r.body()))),
                    WebRoute.post("/hooks/admin", Role.ADMIN, r -> r.json(200, Map.of("ok", true))));
        }
    };

    @BeforeAll
    void start() throws Exception {
        site = new Site();
        site.app.extensions().add(hooks);
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    HttpResponse<String> post(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url + path))
                .POST(HttpRequest.BodyPublishers.ofString("{\"x\":1}")).header("Content-Type", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMachineReachesThePublicRouteWithoutSessionOrCsrfAndTheHandlerDecides() throws Exception {
        HttpResponse<String> right = post("/catura/hooks/in/dhl", "Bearer s3cret");
        assertEquals(200, right.statusCode(), right.body());
        assertTrue(right.body().contains("\"who\":\"dhl\"") && right.body().contains("{\\\"x\\\":1}"), right.body());
        assertEquals(401, post("/catura/hooks/in/dhl", "Bearer nope").statusCode());
    }

    @Test
    void theExtensionsOtherRoutesStillNeedASessionAndAPublicRouteTakesNoRole() throws Exception {
        HttpResponse<String> admin = post("/catura/hooks/admin", "Bearer s3cret");
        assertEquals(403, admin.statusCode(), "not signed in: refused before the handler");
        assertThrows(IllegalArgumentException.class,
                () -> new WebRoute("POST", "/hooks/x", Role.ADMIN, r -> { }, true));
    }
}
