package org.catura.webui.internal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.catura.webui.internal.auth.AuthSettings;
import org.catura.webui.internal.auth.Authenticator;
import org.catura.webui.internal.auth.PasswordHasher;
import org.catura.webui.internal.auth.Sessions;
import org.catura.webui.internal.auth.SignInLimits;

/**
 * Everything the servlets share: services, templates, sessions, the sign-in check, JSON, and the
 * web extensions. One per runtime, so the pages and the API see the same of each.
 */
public final class WebApp {

    public static final String SESSION_COOKIE = "catura_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";

    private final Services services;
    private final AuthSettings auth;
    private final WebExtensions extensions;
    private final Templates templates;
    private final Format format = new Format();
    private final Sessions sessions;
    private final Authenticator authenticator;
    private final SignInLimits signInLimits;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public WebApp(Services services, AuthSettings auth, PasswordHasher hasher) {
        this.services = services;
        this.auth = auth;
        this.extensions = new WebExtensions(PagesServlet.BUILT_IN_SEGMENTS, this::forgetTemplates);
        this.templates = new Templates(extensions::templates);
        this.sessions = new Sessions(services.database(), auth.sessionIdle());
        this.authenticator = new Authenticator(services.database(), hasher, auth);
        this.signInLimits = new SignInLimits(auth);
    }

    public Services services() {
        return services;
    }

    public WebExtensions extensions() {
        return extensions;
    }

    private void forgetTemplates() {
        templates.forget();
    }

    public Templates templates() {
        return templates;
    }

    public Format format() {
        return format;
    }

    public Sessions sessions() {
        return sessions;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    /**
     * Counts a sign-in attempt from the request's address; when one of the limits is reached, answers
     * 429 with Retry-After and a plain message, and returns true. Behind a reverse proxy every request
     * comes from the proxy's address: the per-address limit then applies to all users together.
     */
    public boolean refusedTooManySignIns(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Duration> wait = signInLimits.admit(req.getRemoteAddr());
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        resp.setStatus(429);
        resp.setHeader("Retry-After", Long.toString(seconds));
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().write("Too many sign-in attempts. Try again in " + seconds + " seconds.\n");
        return true;
    }

    public ObjectMapper json() {
        return json;
    }

    /** The session cookie: HttpOnly, SameSite=Strict, the whole site (pages and /api). */
    public void setSessionCookie(HttpServletRequest req, HttpServletResponse resp, String token, boolean clear) {
        resp.addHeader("Set-Cookie", cookie(req, SESSION_COOKIE, clear ? "" : token,
                clear ? 0 : auth.sessionIdle().toSeconds()));
    }

    public String cookie(HttpServletRequest req, String name, String value, long maxAge) {
        String path = req.getContextPath().isEmpty() ? "/" : req.getContextPath();
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (auth.secureCookie() ? "; Secure" : "");
    }

    public static String cookieValue(HttpServletRequest req, String name) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().equals(name)) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** No framing, no sniffing, scripts and styles only from this server. */
    public static void securityHeaders(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self';"
                + " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("X-Frame-Options", "DENY");
    }
}
