package org.catura.webui.api;

/**
 * What a login may do. Each role includes the ones before it: a supervisor can do all a clerk
 * can, an admin all a supervisor can.
 */
public enum Role {
    /** Works the manual queue and tickets, sees the cockpit. */
    CLERK,
    /** Also reassigns and closes other people's tickets. */
    SUPERVISOR,
    /** Also edits release rules, channel settings and users. */
    ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** Reads a role name case-insensitively; refuses anything else with the names allowed. */
    public static Role parse(String name) {
        if (name != null) {
            for (Role r : values()) {
                if (r.name().equalsIgnoreCase(name.strip())) {
                    return r;
                }
            }
        }
        throw new UserException("Unknown role '" + name + "'; use clerk, supervisor or admin");
    }
}
