package org.catura.webui.internal.web;

/** Ends a request with a status and a message a person can act on. */
public final class HttpError extends RuntimeException {

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
