package org.catura.webui.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.catura.webui.api.Role;
import org.catura.webui.api.User;
import org.catura.webui.internal.auth.Session;

/** One request as the handlers see it: parameters, path groups, the session, and ways to answer. */
public final class Exchange {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final WebApp app;
    private final String base;
    private Session session;
    private Matcher path;

    Exchange(HttpServletRequest request, HttpServletResponse response, WebApp app, String base, Session session) {
        this.request = request;
        this.response = response;
        this.app = app;
        this.base = base;
        this.session = session;
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    public WebApp app() {
        return app;
    }

    public Services services() {
        return app.services();
    }

    /** Where the pages live, e.g. {@code /catura}. */
    public String base() {
        return base;
    }

    public Session session() {
        return session;
    }

    void session(Session s) {
        this.session = s;
    }

    void path(Matcher m) {
        this.path = m;
    }

    public User user() {
        if (session == null) {
            throw new HttpError(401, "Not signed in.");
        }
        return session.user();
    }

    public String who() {
        return user().username();
    }

    public boolean can(Role role) {
        return session != null && session.user().role().includes(role);
    }

    public String pathParam(int group) {
        return path.group(group);
    }

    public long pathId(int group) {
        try {
            return Long.parseLong(path.group(group));
        } catch (NumberFormatException e) {
            throw HttpError.notFound("'" + path.group(group) + "'");
        }
    }

    /** A form or query parameter, stripped; null when absent or blank. */
    public String param(String name) {
        String v = request.getParameter(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A parameter as typed, blanks kept (secrets, conditions). */
    public String raw(String name) {
        return request.getParameter(name);
    }

    public List<String> params(String name) {
        String[] v = request.getParameterValues(name);
        return v == null ? List.of() : List.of(v);
    }

    public boolean htmx() {
        return "true".equals(request.getHeader("HX-Request"));
    }

    public String body() throws IOException {
        try (InputStream in = request.getInputStream()) {
            return new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8);
        }
    }

    /** Renders a page (or, for htmx, a fragment) with the common model: user, CSRF token, base path. */
    public void render(int status, String template, Map<String, Object> model) throws IOException {
        Map<String, Object> all = new HashMap<>(model);
        all.put("base", base);
        all.put("fmt", app.format());
        if (session != null) {
            all.put("me", session.user());
            all.put("csrf", session.csrfToken());
            all.put("isSupervisor", session.user().role().includes(Role.SUPERVISOR));
            all.put("isAdmin", session.user().role().includes(Role.ADMIN));
            if (session.flash() != null && !all.containsKey("flash")) {
                all.put("flash", session.flash());
            }
        }
        String html = app.templates().render(template, all);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    public void render(String template, Map<String, Object> model) throws IOException {
        render(200, template, model);
    }

    /** Post/redirect/get, with a one-time message for the page redirected to. */
    public void redirect(String path, String flash) throws IOException {
        if (flash != null && session != null) {
            app.sessions().flash(session, flash);
        }
        String target = path.startsWith("/") ? request.getContextPath() + path : path;
        if (htmx()) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(204);
        } else {
            response.sendRedirect(target);
        }
    }

    public void json(int status, Object value) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        app.json().writeValue(response.getWriter(), value);
    }
}
