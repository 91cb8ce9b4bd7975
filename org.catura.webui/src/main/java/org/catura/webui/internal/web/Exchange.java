package org.catura.webui.internal.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.catura.webui.api.Role;
import org.catura.webui.api.User;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.api.extension.NavigationEntry;
import org.catura.webui.api.extension.WebRequest;
import org.catura.webui.internal.auth.Session;

/**
 * One request as the handlers see it: parameters, path groups, the session, and ways to answer.
 * Extensions see it as a {@link WebRequest}, without the servlet types.
 */
public final class Exchange implements WebRequest {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final WebApp app;
    private final String base;
    private final String path;
    private final List<NavigationEntry> navigation;
    private Session session;
    private Matcher groups;

    Exchange(HttpServletRequest request, HttpServletResponse response, WebApp app, String base, String path,
            Session session, List<NavigationEntry> navigation) {
        this.request = request;
        this.response = response;
        this.app = app;
        this.base = base;
        this.path = path;
        this.session = session;
        this.navigation = navigation;
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

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String base() {
        return base;
    }

    public Session session() {
        return session;
    }

    void session(Session s) {
        this.session = s;
    }

    void groups(Matcher m) {
        this.groups = m;
    }

    @Override
    public User user() {
        if (session == null) {
            throw new HttpError(401, "Not signed in.");
        }
        return session.user();
    }

    public String who() {
        return user().username();
    }

    @Override
    public boolean can(Role role) {
        return session != null && session.user().role().includes(role);
    }

    @Override
    public String pathParam(int group) {
        return groups.group(group);
    }

    @Override
    public long pathId(int group) {
        try {
            return Long.parseLong(groups.group(group));
        } catch (NumberFormatException e) {
            throw HttpError.notFound("'" + groups.group(group) + "'");
        }
    }

    @Override
    public String param(String name) {
        String v = request.getParameter(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    @Override
    public String raw(String name) {
        return request.getParameter(name);
    }

    @Override
    public List<String> params(String name) {
        String[] v = request.getParameterValues(name);
        return v == null ? List.of() : List.of(v);
    }

    @Override
    public boolean htmx() {
        return "true".equals(request.getHeader("HX-Request"));
    }

    @Override
    public String header(String name) {
        return request.getHeader(name);
    }

    @Override
    public String body() throws IOException {
        try (InputStream in = request.getInputStream()) {
            return new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8);
        }
    }

    /**
     * Renders a page (or, for htmx, a fragment) with the common model: user, CSRF token, base path,
     * the navigation entries the user's role may see.
     */
    @Override
    public void render(int status, String template, Map<String, ?> model) throws IOException {
        Map<String, Object> all = new HashMap<>(model);
        all.put("base", base);
        all.put("fmt", app.format());
        all.put("nav", session == null ? List.of() : navigation.stream()
                .filter(n -> session.user().role().includes(n.role())).toList());
        if (session != null) {
            all.put("me", session.user());
            all.put("csrf", session.csrfToken());
            all.put("isSupervisor", session.user().role().includes(Role.SUPERVISOR));
            if (session.flash() != null && !all.containsKey("flash")) {
                all.put("flash", session.flash());
            }
        }
        String html = app.templates().render(template, all);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    @Override
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

    @Override
    public void json(int status, Object value) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        app.json().writeValue(response.getWriter(), value);
    }

    @Override
    public void download(String contentType, String fileName, byte[] content, boolean inline) throws IOException {
        // Only a plain name in the header: no quotes, paths or line breaks from whatever made it.
        String name = fileName == null ? "download" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setStatus(200);
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
