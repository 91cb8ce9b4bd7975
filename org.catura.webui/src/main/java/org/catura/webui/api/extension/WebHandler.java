package org.catura.webui.api.extension;

/**
 * Answers one request. It may throw {@link HttpError} for a status of its choice; an
 * {@link IllegalArgumentException} becomes 400 and anything else 500, as for the built-in pages.
 */
@FunctionalInterface
public interface WebHandler {
    void handle(WebRequest request) throws Exception;
}
