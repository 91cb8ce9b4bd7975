package org.catura.webui.api.extension;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.catura.webui.api.Role;
import org.catura.webui.api.User;

/**
 * One request to an extension's route, with the signed-in user, and the ways to answer it. The
 * role check and the CSRF check have passed when a handler sees it (on a public route there is
 * neither, and {@link #user()} answers 401). Implemented by the web UI only: it may gain methods in a minor version.
 */
@org.osgi.annotation.versioning.ProviderType
public interface WebRequest {

    /** GET, POST, … */
    String method();

    /** The path below {@link #base()}, e.g. {@code /shipping/42}. */
    String path();

    /** Where the pages live, e.g. {@code /catura}: links and redirects start with it. */
    String base();

    /** A form or query parameter, stripped; null when absent or blank. */
    String param(String name);

    /** A parameter as typed, blanks kept (secrets, free text); null when absent. */
    String raw(String name);

    /** All values of a repeated parameter. */
    List<String> params(String name);

    /** A group of the route's path pattern. */
    String pathParam(int group);

    /** A group of the route's path pattern as a number; 404 when it is none. */
    long pathId(int group);

    /** The request came from htmx (and wants a fragment, or an {@code HX-Redirect}). */
    boolean htmx();

    /** A request header, null when absent (since 1.1; public routes read their credentials here). */
    String header(String name);

    /** The request body as text (at most 1 MB). */
    String body() throws IOException;

    User user();

    boolean can(Role role);

    /**
     * Renders a template with the model plus what every page has: {@code base}, {@code me},
     * {@code csrf}, {@code flash}, {@code nav}, {@code fmt}. Extension templates import the page
     * layout as {@code <#import "/layout.ftlh" as l>}.
     */
    void render(int status, String template, Map<String, ?> model) throws IOException;

    default void render(String template, Map<String, ?> model) throws IOException {
        render(200, template, model);
    }

    /**
     * Post/redirect/get: sends the browser to {@code path} (e.g. {@code base() + "/shipping"}), with a
     * one-time message for the page it lands on (or null).
     */
    void redirect(String path, String flash) throws IOException;

    /** Answers with JSON (records, maps, lists, java.time values). */
    void json(int status, Object value) throws IOException;

    /**
     * Answers with a file the browser saves or opens (a PDF, say): {@code fileName} is what it
     * offers to save as, {@code inline} shows it in the browser instead where it can.
     *
     * @since 1.1
     */
    default void download(String contentType, String fileName, byte[] content, boolean inline) throws IOException {
        throw new UnsupportedOperationException(getClass().getName() + " sends no files (before 1.1)");
    }
}
