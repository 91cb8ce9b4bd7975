package org.catura.webui.internal.auth;

import org.catura.webui.api.User;

/**
 * A signed-in browser. {@code flash} is a one-time message from the previous request (null: none).
 * {@code tokenHash} identifies the session row; the token itself lives only in the cookie.
 */
public record Session(String tokenHash, User user, String csrfToken, String flash) {
}
