package org.catura.webui.internal.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.catura.core.api.release.InvalidRuleException;
import org.catura.ticket.api.ClaimRefusedException;
import org.catura.ticket.api.TicketException;
import org.catura.core.api.channel.ChannelSettings.SettingsException;
import org.catura.webui.api.UserException;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.api.extension.NavigationEntry;
import org.catura.webui.internal.auth.Session;
import org.catura.webui.internal.auth.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the session, the route, checks role and CSRF token, then runs the route's handler. A
 * request that would change something without the session's CSRF token is refused with 403
 * before any handler runs. The built-in routes are tried first, then those of the extensions,
 * through the same checks and the same error mapping.
 */
public abstract class RoutedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RoutedServlet.class);

    /** The largest multipart request the servlet container reads (pages check their own, smaller limits). */
    public static final long MULTIPART_MAX_BYTES = 5L * 1024 * 1024;

    protected final transient WebApp app;
    private final transient List<Route> routes;

    protected RoutedServlet(WebApp app, List<Route> routes) {
        this.app = app;
        this.routes = List.copyOf(routes);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        WebApp.securityHeaders(resp);
        resp.setHeader("Cache-Control", "no-store");
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        String base = req.getContextPath() + req.getServletPath();
        Session session = app.sessions().find(WebApp.cookieValue(req, WebApp.SESSION_COOKIE)).orElse(null);
        Exchange ex = new Exchange(req, resp, app, base, path, session, navigation());
        try {
            Optional<Route> open = publicRoute(req.getMethod(), path, ex);
            if (open.isPresent()) {
                open.get().handler().handle(ex);
                return;
            }
            boolean pathKnown = false;
            List<Route> all = new ArrayList<>(routes);
            all.addAll(extensionRoutes(path));
            for (Route route : all) {
                Matcher m = route.pattern().matcher(path);
                if (!m.matches()) {
                    continue;
                }
                pathKnown = true;
                if (!route.method().equals(req.getMethod())) {
                    continue;
                }
                if (route.isPublic()) {
                    // a machine calling in: its handler authenticates it (no session, so no CSRF to check)
                    ex.groups(m);
                    route.handler().handle(ex);
                    return;
                }
                if (session == null) {
                    notSignedIn(ex);
                    return;
                }
                if (!session.user().role().includes(route.role())) {
                    throw new HttpError(403, "This needs the " + route.role().name().toLowerCase()
                            + " role; you are signed in as " + session.user().username() + " ("
                            + session.user().role().name().toLowerCase() + ").");
                }
                if (route.changes() && !validCsrf(req, session)) {
                    throw new HttpError(403, "Refused: the request carried no valid CSRF token, so nothing was"
                            + " changed. Reload the page and try again.");
                }
                ex.groups(m);
                route.handler().handle(ex);
                return;
            }
            if (pathKnown) {
                throw new HttpError(405, req.getMethod() + " is not allowed on " + path + ".");
            }
            if (session == null && req.getMethod().equals("GET")) {
                notSignedIn(ex);
                return;
            }
            throw new HttpError(404, "There is no page " + path + ".");
        } catch (HttpError e) {
            error(ex, e.status(), e.getMessage());
        } catch (ClaimRefusedException e) {
            error(ex, 409, e.getMessage());
        } catch (TicketException | SettingsException | InvalidRuleException e) {
            error(ex, 409, e.getMessage());
        } catch (UserException | IllegalArgumentException e) {
            error(ex, 400, e.getMessage());
        } catch (Exception e) {
            LOG.error("{} {} failed", req.getMethod(), req.getRequestURI(), e);
            error(ex, 500, "Something went wrong on the server: " + e.getMessage());
        }
    }

    private static HttpError tooLarge() {
        return new HttpError(413, "The upload is larger than the server takes (" + MULTIPART_MAX_BYTES / 1024 / 1024
                + " MB), so nothing was changed. Choose a smaller file.");
    }

    private static boolean validCsrf(HttpServletRequest req, Session session) {
        String given = req.getHeader(WebApp.CSRF_HEADER);
        if (given == null && req.getContentLengthLong() > MULTIPART_MAX_BYTES && req.getContentType() != null
                && req.getContentType().startsWith("multipart/")) {
            // The container does not read such an upload at all, so its fields (the token too) are missing.
            throw tooLarge();
        }
        if (given == null) {
            try {
                given = req.getParameter(WebApp.CSRF_FIELD);
            } catch (IllegalStateException e) {
                // A multipart upload above the container's limit cannot be read at all.
                throw tooLarge();
            }
        }
        return Tokens.same(session.csrfToken(), given);
    }

    /** The routes of the extension whose namespace {@code path} lies in, tried after the built-in ones. */
    protected List<Route> extensionRoutes(String path) {
        return List.of();
    }

    /** The navigation entries of the page layout, before filtering by role. */
    protected List<NavigationEntry> navigation() {
        return List.of();
    }

    /** Routes that work without a session (sign-in). */
    protected Optional<Route> publicRoute(String method, String path, Exchange ex) {
        return Optional.empty();
    }

    protected abstract void notSignedIn(Exchange ex) throws IOException;

    protected abstract void error(Exchange ex, int status, String message) throws IOException;
}
