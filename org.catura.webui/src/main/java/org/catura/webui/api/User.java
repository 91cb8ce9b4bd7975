package org.catura.webui.api;

import java.time.Instant;
import java.util.Objects;

/** A login of the web UI. The password hash never leaves the bundle. */
public record User(long id, String username, String displayName, Role role, boolean active, Instant createdAt,
        Instant updatedAt) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}
