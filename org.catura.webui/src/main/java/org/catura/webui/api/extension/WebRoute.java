package org.catura.webui.api.extension;

import java.util.Objects;
import org.catura.webui.api.Role;

/**
 * A method and a path pattern below {@code /catura} (a regular expression over the whole path;
 * its groups are {@link WebRequest#pathParam(int)}), the role it needs, and what answers it.
 * Any method but GET must carry the session's CSRF token, or it is refused before the handler runs.
 *
 * <p>A {@linkplain #open(String, String, WebHandler) public route} ({@code role} null) is for
 * machines calling in (a carrier's callback): no session, no role, no CSRF token; its handler
 * authenticates the caller itself ({@link WebRequest#user()} answers 401 there).
 */
public record WebRoute(String method, String path, Role role, WebHandler handler, boolean isPublic) {

    public WebRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        if (!isPublic) {
            Objects.requireNonNull(role, "role");
        } else if (role != null) {
            throw new IllegalArgumentException("A public route " + method + " " + path + " needs no role");
        }
    }

    /** A route for signed-in users of {@code role}. */
    public WebRoute(String method, String path, Role role, WebHandler handler) {
        this(method, path, role, handler, false);
    }

    /** A route without session, role or CSRF check: the handler authenticates the caller (since 1.1). */
    public static WebRoute open(String method, String path, WebHandler handler) {
        return new WebRoute(method, path, null, handler, true);
    }

    public static WebRoute get(String path, Role role, WebHandler handler) {
        return new WebRoute("GET", path, role, handler);
    }

    public static WebRoute post(String path, Role role, WebHandler handler) {
        return new WebRoute("POST", path, role, handler);
    }
}
