package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpResponse;
import org.catura.webui.api.Role;
import org.catura.webui.api.UserException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sign-in, sessions, throttling, roles and CSRF against the real servlets on Jetty and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthTest {

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
    void signInOpensASessionWithAStrictHttpOnlyCookieAndSignOutEndsIt() {
        Client c = new Client(site.url);
        HttpResponse<String> r = c.login("clara", Site.PASSWORD);
        assertEquals(302, r.statusCode());
        String setCookie = r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("catura_session="))
                .findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        String token = c.cookie("catura_session");
        assertEquals(1, site.count("select count(*) from catura_webui_session where token_hash = ?",
                org.catura.webui.internal.auth.Tokens.sha256(token)));
        assertEquals(0, site.count("select count(*) from catura_webui_session where token_hash = ?", token),
                "the table holds the token's hash, never the token");
        HttpResponse<String> cockpit = c.get("/catura/");
        assertEquals(200, cockpit.statusCode());
        assertTrue(cockpit.body().contains("Clara Clerk"));

        assertEquals(302, c.post("/catura/logout").statusCode());
        assertEquals(0, site.count("select count(*) from catura_webui_session where token_hash = ?",
                org.catura.webui.internal.auth.Tokens.sha256(token)));
        HttpResponse<String> after = c.get("/catura/");
        assertEquals(302, after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElseThrow().contains("/catura/login"));
    }

    @Test
    void aWrongPasswordIsRefusedAndOpensNoSession() {
        long before = site.count("select count(*) from catura_webui_session");
        HttpResponse<String> r = new Client(site.url).login("carl", "not his password");
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("Wrong user name or password."));
        HttpResponse<String> unknown = new Client(site.url).login("nobody", "whatever123");
        assertEquals(401, unknown.statusCode());
        assertTrue(unknown.body().contains("Wrong user name or password."), "same answer for an unknown name");
        assertEquals(before, site.count("select count(*) from catura_webui_session"));
    }

    @Test
    void fiveWrongPasswordsLockTheLoginEvenForTheRightOne() {
        site.users.create("lou", "Lou", Role.CLERK, Site.PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new Client(site.url).login("lou", "guess-" + i).statusCode());
        }
        HttpResponse<String> r = new Client(site.url).login("lou", Site.PASSWORD);
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("Too many failed sign-ins"), r.body());
        assertEquals(1, site.count("select count(*) from catura_webui_user where username = 'lou'"
                + " and locked_until > now()"));
        assertTrue(site.users.lockedUntil("Lou").orElseThrow().isAfter(java.time.Instant.now()), "the lock is shown");
        assertTrue(site.users.lockedUntil("carl").isEmpty() && site.users.lockedUntil("nobody").isEmpty());
        site.users.setPassword("lou", "a new password");
        assertTrue(site.users.lockedUntil("lou").isEmpty(), "a new password lifts the lock");
        assertEquals(302, new Client(site.url).login("lou", "a new password").statusCode(), "a new password unlocks");
    }

    @Test
    void passwordsAreStoredAsBcryptHashesAndBadUsersAreRefused() {
        assertEquals(4, site.count("select count(*) from catura_webui_user where username in"
                + " ('clara','carl','sue','ada') and password_hash like '$2b$04$%' and password_hash <> ?",
                Site.PASSWORD));
        UserException shortPw = assertThrows(UserException.class,
                () -> site.users.create("tim", "Tim", Role.CLERK, "short"));
        assertTrue(shortPw.getMessage().contains("at least 8"));
        UserException taken = assertThrows(UserException.class,
                () -> site.users.create("CLARA", "Other", Role.CLERK, Site.PASSWORD));
        assertTrue(taken.getMessage().contains("exists already"));
        assertThrows(UserException.class, () -> site.users.create("bad name!", "x", Role.CLERK, Site.PASSWORD));
        assertFalse(site.users.find("tim").isPresent());
    }

    @Test
    void aClerkGetsForbiddenOnAdminPagesAndTheAdminGetsThem() {
        Client clerk = new Client(site.url);
        clerk.login("clara", Site.PASSWORD);
        for (String path : new String[] {"/catura/rules", "/catura/channels", "/catura/users", "/catura/rules/new"}) {
            HttpResponse<String> r = clerk.get(path);
            assertEquals(403, r.statusCode(), path);
            assertTrue(r.body().contains("needs the admin role"), r.body());
        }
        assertEquals(403, clerk.get("/api/rules").statusCode());
        long rules = site.count("select count(*) from CAT_ReleaseRule");
        assertEquals(403, clerk.post("/catura/rules", "name", "x", "condition", "true", "action", "RELEASE")
                .statusCode());
        assertEquals(rules, site.count("select count(*) from CAT_ReleaseRule"));

        Client admin = new Client(site.url);
        admin.login("ada", Site.PASSWORD);
        assertEquals(200, admin.get("/catura/rules").statusCode());
        assertEquals(200, admin.get("/catura/users").statusCode());
    }

    @Test
    void aRequestWithoutAValidCsrfTokenChangesNothing() {
        long order = site.queuedOrder("Csrf Test");
        Client c = new Client(site.url);
        c.login("carl", Site.PASSWORD);
        HttpResponse<String> none = c.postWithoutToken("/catura/queue/" + order + "/claim");
        assertEquals(403, none.statusCode());
        assertTrue(none.body().contains("no valid CSRF token"));
        HttpResponse<String> forged = c.postWithoutToken("/catura/queue/" + order + "/claim", "_csrf", "forged");
        assertEquals(403, forged.statusCode());
        assertEquals(0, site.count("select count(*) from catura_ticket_claim where order_id = ?", order));
        // The API needs the header for writes just the same.
        assertEquals(403, c.json("POST", "/api/queue/" + order + "/claim", null, false).statusCode());
        assertEquals(0, site.count("select count(*) from catura_ticket_claim where order_id = ?", order));
        assertEquals(302, c.post("/catura/queue/" + order + "/claim").statusCode());
        assertEquals(1, site.count("select count(*) from catura_ticket_claim where order_id = ? and holder = 'carl'",
                order));
    }

    @Test
    void aSessionExpiresAfterItsIdleTimeAndUseKeepsItAlive() {
        Client c = new Client(site.url);
        assertEquals(302, c.login("clara", Site.PASSWORD).statusCode());
        String hash = org.catura.webui.internal.auth.Tokens.sha256(c.cookie("catura_session"));

        // Used a while ago, still within the idle time: the next request moves the expiry on.
        site.execute("update catura_webui_session set last_seen = now() - interval '10 minutes',"
                + " expires_at = now() + interval '50 minutes' where token_hash = '" + hash + "'");
        assertEquals(200, c.get("/catura/").statusCode());
        assertEquals(1, site.count("select count(*) from catura_webui_session where token_hash = ?"
                + " and expires_at > now() + interval '59 minutes'", hash), "idle time counts from the last request");

        // Idle for longer than allowed: signed out, pages send to the sign-in, the API answers 401.
        site.execute("update catura_webui_session set expires_at = now() - interval '1 second'"
                + " where token_hash = '" + hash + "'");
        HttpResponse<String> page = c.get("/catura/queue");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("/catura/login"));
        assertEquals(401, c.get("/api/me").statusCode());
        long claims = site.count("select count(*) from catura_ticket_claim");
        HttpResponse<String> post = c.postWithoutToken("/catura/queue/1/claim", "_csrf", c.csrf);
        assertEquals(403, post.statusCode(), "an expired session changes nothing, even with its old token");
        assertTrue(post.body().contains("your session ended"), post.body());
        assertEquals(claims, site.count("select count(*) from catura_ticket_claim"));
    }

    @Test
    void signingOutThroughTheApiAndDeactivatingAUserEndTheirSessions() {
        Client api = new Client(site.url);
        HttpResponse<String> login = api.json("POST", "/api/login",
                "{\"username\":\"sue\",\"password\":\"" + Site.PASSWORD + "\"}", false);
        assertEquals(200, login.statusCode());
        api.csrf = RulesApiChannelsTest.read(login).get("csrfToken").asText();
        assertEquals(200, api.get("/api/me").statusCode());
        assertEquals(403, api.json("POST", "/api/logout", null, false).statusCode(), "signing out needs the token");
        assertEquals(200, api.json("POST", "/api/logout", null, true).statusCode());
        assertEquals(401, api.get("/api/me").statusCode());

        site.users.create("dora", "Dora", Role.CLERK, Site.PASSWORD);
        Client dora = new Client(site.url);
        assertEquals(302, dora.login("dora", Site.PASSWORD).statusCode());
        site.users.update("dora", "Dora", Role.CLERK, false);
        assertEquals(302, dora.get("/catura/").statusCode(), "a deactivated user is signed out at once");
        assertEquals(401, new Client(site.url).login("dora", Site.PASSWORD).statusCode());
    }

    @Test
    void theApiSignInIsThrottledLikeTheFormAndTheLockEnds() {
        site.users.create("leo", "Leo", Role.CLERK, Site.PASSWORD);
        Client api = new Client(site.url);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.json("POST", "/api/login", "{\"username\":\"leo\",\"password\":\"x" + i + "\"}",
                    false).statusCode());
        }
        HttpResponse<String> locked = api.json("POST", "/api/login",
                "{\"username\":\"leo\",\"password\":\"" + Site.PASSWORD + "\"}", false);
        assertEquals(401, locked.statusCode());
        assertTrue(locked.body().contains("Too many failed sign-ins"), locked.body());
        assertEquals(401, new Client(site.url).login("leo", Site.PASSWORD).statusCode(), "the form is locked too");

        site.execute("update catura_webui_user set locked_until = now() - interval '1 second' where username = 'leo'");
        assertEquals(302, new Client(site.url).login("leo", Site.PASSWORD).statusCode(), "the lock ends by itself");
    }

    @Test
    void theSignInFormRefusesAPostWithoutItsOwnToken() {
        Client c = new Client(site.url);
        HttpResponse<String> r = c.postWithoutToken("/catura/login", "username", "ada", "password", Site.PASSWORD);
        assertEquals(403, r.statusCode());
        assertNull(c.cookie("catura_session"));
    }

    @Test
    void staticFilesComeFromTheBundle() {
        Client c = new Client(site.url);
        HttpResponse<String> htmx = c.get("/catura/static/htmx.min.js");
        assertEquals(200, htmx.statusCode());
        assertTrue(htmx.body().contains("htmx"));
        assertNotNull(c.get("/catura/static/app.css").body());
        assertEquals(404, c.get("/catura/static/simplelogger.properties").statusCode(), "only the listed files");
    }

    @Test
    void aLockedLoginGetsTheSameAnswerAsAnUnknownOne() {
        site.users.create("lena", "Lena", Role.CLERK, Site.PASSWORD);
        Client api = new Client(site.url);
        for (int i = 0; i < 5; i++) {
            api.json("POST", "/api/login", "{\"username\":\"lena\",\"password\":\"x" + i + "\"}", false);
        }
        HttpResponse<String> locked = api.json("POST", "/api/login",
                "{\"username\":\"lena\",\"password\":\"" + Site.PASSWORD + "\"}", false);
        HttpResponse<String> unknown = api.json("POST", "/api/login",
                "{\"username\":\"nobody-here\",\"password\":\"" + Site.PASSWORD + "\"}", false);
        assertEquals(unknown.statusCode(), locked.statusCode());
        assertEquals(unknown.body(), locked.body(), "a locked login must not tell that the name exists");
        HttpResponse<String> lockedForm = new Client(site.url).login("lena", Site.PASSWORD);
        HttpResponse<String> unknownForm = new Client(site.url).login("nobody-here", Site.PASSWORD);
        assertEquals(unknownForm.statusCode(), lockedForm.statusCode());
        assertEquals(errorOf(unknownForm.body()), errorOf(lockedForm.body()));
    }

    @Test
    void aNewPasswordEndsTheUsersOtherSessions() {
        site.users.create("pat", "Pat", Role.CLERK, Site.PASSWORD);
        Client laptop = new Client(site.url);
        Client phone = new Client(site.url);
        assertEquals(302, laptop.login("pat", Site.PASSWORD).statusCode());
        assertEquals(302, phone.login("pat", Site.PASSWORD).statusCode());
        site.users.setPassword("pat", "a fresh password");
        assertEquals(302, laptop.get("/catura/").statusCode(), "the old password's sessions end with it");
        assertEquals(302, phone.get("/catura/").statusCode());

        assertEquals(302, laptop.login("pat", "a fresh password").statusCode());
        Client admin = new Client(site.url);
        admin.login("ada", Site.PASSWORD);
        assertEquals(302, admin.post("/catura/users/pat", "displayName", "Pat", "role", "CLERK", "active", "on",
                "password", "another password").statusCode());
        assertEquals(302, laptop.get("/catura/").statusCode(), "a password set on the users page ends them too");
        assertEquals(200, admin.get("/catura/").statusCode(), "the admin's own session is untouched");

        site.users.create("adam", "Adam", Role.ADMIN, Site.PASSWORD);
        Client own = new Client(site.url);
        Client other = new Client(site.url);
        own.login("adam", Site.PASSWORD);
        other.login("adam", Site.PASSWORD);
        assertEquals(302, own.post("/catura/users/adam", "displayName", "Adam", "role", "ADMIN", "active", "on",
                "password", "adams new password").statusCode());
        assertEquals(200, own.get("/catura/").statusCode(), "who changes their own password stays signed in");
        assertEquals(302, other.get("/catura/").statusCode(), "their other sessions end");
    }

    private static String errorOf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"error[^\"]*\"[^>]*>([^<]*)<")
                .matcher(page);
        return m.find() ? m.group(1) : page;
    }
}
