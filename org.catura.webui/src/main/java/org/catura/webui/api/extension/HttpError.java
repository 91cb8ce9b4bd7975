package org.catura.webui.api.extension;

/**
 * Ends a request with a status and a message a person can act on; the web UI renders it as its
 * error page (or, on the REST API, as {@code {"status", "error"}}).
 */
public final class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError notFound(String what) {
        return new HttpError(404, what + " does not exist.");
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }
}
