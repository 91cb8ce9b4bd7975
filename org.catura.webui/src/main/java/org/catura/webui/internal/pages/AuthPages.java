package org.catura.webui.internal.pages;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.catura.webui.internal.auth.Authenticator;
import org.catura.webui.internal.auth.Sessions;
import org.catura.webui.internal.auth.Tokens;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.WebApp;

/**
 * Sign-in and sign-out. The sign-in form has no session yet, so it is protected by a
 * double-submit token: a random value in a SameSite=Strict cookie that the form must repeat.
 */
public final class AuthPages {

    static final String LOGIN_COOKIE = "catura_login";

    private final Tokens tokens = new Tokens();

    public void loginForm(Exchange ex) throws IOException {
        showLogin(ex, 200, null, ex.param("next"), ex.param("user"));
    }

    public void login(Exchange ex) throws IOException {
        String expected = WebApp.cookieValue(ex.request(), LOGIN_COOKIE);
        if (!Tokens.same(expected, ex.raw("_login"))) {
            showLogin(ex, 403, "The sign-in form had expired. Please sign in again.", ex.param("next"),
                    ex.param("username"));
            return;
        }
        if (ex.app().refusedTooManySignIns(ex.request(), ex.response())) {
            return;
        }
        Authenticator.Outcome outcome = ex.app().authenticator().check(ex.param("username"), ex.raw("password"));
        if (!outcome.ok()) {
            showLogin(ex, 401, outcome.refusal(), ex.param("next"), ex.param("username"));
            return;
        }
        Sessions.Opened opened = ex.app().sessions().open(outcome.user());
        ex.app().setSessionCookie(ex.request(), ex.response(), opened.token(), false);
        ex.response().addHeader("Set-Cookie", ex.app().cookie(ex.request(), LOGIN_COOKIE, "", 0));
        String next = ex.param("next");
        // Only back into the UI itself: never an open redirect to another site.
        ex.response().sendRedirect(next != null && next.startsWith(ex.base() + "/") && !next.startsWith("//")
                ? next : ex.base() + "/");
    }

    public void logout(Exchange ex) throws IOException {
        if (ex.session() == null) {
            throw new HttpError(403, "Not signed in.");
        }
        ex.app().sessions().close(ex.session());
        ex.app().setSessionCookie(ex.request(), ex.response(), null, true);
        ex.response().sendRedirect(ex.base() + "/login");
    }

    private void showLogin(Exchange ex, int status, String error, String next, String username) throws IOException {
        String token = tokens.next();
        ex.response().addHeader("Set-Cookie", ex.app().cookie(ex.request(), LOGIN_COOKIE, token, 3600));
        Map<String, Object> model = new HashMap<>();
        model.put("loginToken", token);
        model.put("next", next == null ? "" : next);
        model.put("username", username == null ? "" : username);
        if (error != null) {
            model.put("error", error);
        }
        ex.render(status, "login.ftlh", model);
    }
}
