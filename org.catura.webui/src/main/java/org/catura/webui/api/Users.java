package org.catura.webui.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The web UI's logins. User names are stored lower-case and compared case-insensitively;
 * passwords are kept only as bcrypt hashes. Each call is its own transaction.
 */
public interface Users {

    /** The shortest password accepted. */
    int MIN_PASSWORD_LENGTH = 8;

    /**
     * Creates a login.
     *
     * @throws UserException when the name is taken or malformed (letters, digits, dot, dash,
     *                       underscore; 2–64 characters) or the password is shorter than
     *                       {@link #MIN_PASSWORD_LENGTH}
     */
    User create(String username, String displayName, Role role, String password);

    /**
     * Creates the login or, when it exists, sets its role, display name and password and makes it
     * active again: for seeding demo users repeatably.
     */
    User createOrUpdate(String username, String displayName, Role role, String password);

    /** Changes role, display name and whether the login may sign in; null leaves a field as it is. */
    User update(String username, String displayName, Role role, Boolean active);

    /** Sets a new password; also lifts a lock from failed logins and ends all the user's sessions. */
    void setPassword(String username, String password);

    Optional<User> find(String username);

    /** All logins by name. */
    List<User> list();

    /**
     * Until when the login is locked after too many failed sign-ins; empty when it is not locked
     * (now) or does not exist. {@link #setPassword} lifts a lock.
     */
    Optional<Instant> lockedUntil(String username);
}
