package org.catura.webui.internal.web;

import java.util.regex.Pattern;
import org.catura.webui.api.Role;

/** A method and path pattern, the role it needs, and what answers it. */
public record Route(String method, Pattern pattern, Role role, Handler handler, boolean isPublic) {

    /** A route for signed-in users of {@code role}. */
    public Route(String method, Pattern pattern, Role role, Handler handler) {
        this(method, pattern, role, handler, false);
    }

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(Exchange ex) throws Exception;
    }

    public static Route get(String path, Role role, Handler h) {
        return new Route("GET", Pattern.compile(path), role, h);
    }

    public static Route post(String path, Role role, Handler h) {
        return new Route("POST", Pattern.compile(path), role, h);
    }

    public static Route put(String path, Role role, Handler h) {
        return new Route("PUT", Pattern.compile(path), role, h);
    }

    public static Route delete(String path, Role role, Handler h) {
        return new Route("DELETE", Pattern.compile(path), role, h);
    }

    public boolean changes() {
        return !method.equals("GET");
    }
}
