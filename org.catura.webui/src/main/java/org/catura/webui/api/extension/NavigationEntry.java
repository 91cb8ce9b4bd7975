package org.catura.webui.api.extension;

import java.util.Objects;
import org.catura.webui.api.Role;

/**
 * A link in the top navigation: {@code path} below {@code /catura} (e.g. {@code /shipping}); it is
 * marked as the current one on pages whose layout says {@code active="/shipping"}. Entries are
 * sorted by {@code order}; the built-in ones use 10 (cockpit), 20 (manual queue), 30 (tickets),
 * 70 (release rules), 80 (channels) and 90 (users).
 */
public record NavigationEntry(String label, String path, Role role, int order) {

    public NavigationEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Navigation path '" + path + "' must start with '/'");
        }
    }
}
