package org.catura.webui.api.extension;

import java.util.Objects;
import org.catura.webui.api.Role;

/**
 * A method and a path pattern below {@code /catura} (a regular expression over the whole path;
 * its groups are {@link WebRequest#pathParam(int)}), the role it needs, and what answers it.
 * Any method but GET must carry the session's CSRF token, or it is refused before the handler runs.
 */
public record WebRoute(String method, String path, Role role, WebHandler handler) {

    public WebRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(handler, "handler");
    }

    public static WebRoute get(String path, Role role, WebHandler handler) {
        return new WebRoute("GET", path, role, handler);
    }

    public static WebRoute post(String path, Role role, WebHandler handler) {
        return new WebRoute("POST", path, role, handler);
    }
}
