package org.catura.webui.internal.auth;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.db.Database;
import org.catura.webui.api.User;
import org.catura.core.api.db.Sql;

/**
 * Checks a user name and password. After {@link AuthSettings#maxFailedLogins()} wrong passwords in a
 * row the login is locked for {@link AuthSettings#lockFor()}: guessing costs minutes, not milliseconds.
 * An unknown name, an inactive or locked login and a wrong password get the same answer after one
 * bcrypt check each, so neither the text nor the time tells which names exist.
 *
 * <p>bcrypt runs between two short transactions, never inside one: a check takes a quarter second
 * at cost 12, and a burst of sign-ins must not hold the pool's connections (and a row lock) for it.
 * The row is read, the hash checked, and the outcome written only if the password hash is still the
 * one checked against.
 */
public final class Authenticator {

    private final Database database;
    private final PasswordHasher hasher;
    private final AuthSettings settings;
    private final String refusal;

    public Authenticator(Database database, PasswordHasher hasher, AuthSettings settings) {
        this.database = database;
        this.hasher = hasher;
        this.settings = settings;
        long minutes = Math.max(1, (settings.lockFor().toSeconds() + 59) / 60);
        this.refusal = "Wrong user name or password. Too many failed sign-ins lock a login for " + minutes
                + (minutes == 1 ? " minute." : " minutes.");
    }

    /** The outcome: the user, or why not. */
    public record Outcome(User user, String refusal) {
        public boolean ok() {
            return user != null;
        }
    }

    public Outcome check(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<Stored> stored = database.inTransaction(tx -> Sql.one(tx, "select " + UserStore.COLUMNS
                + ", password_hash, locked_until from catura_webui_user where username = ?", rs -> new Stored(
                UserStore.user(rs), rs.getString("password_hash"), Sql.instant(rs, "locked_until")), name));
        Instant now = Instant.now();
        if (stored.isEmpty() || !stored.get().user().active()
                || (stored.get().lockedUntil() != null && stored.get().lockedUntil().isAfter(now))) {
            hasher.waste(password);
            return refused();
        }
        Stored s = stored.get();
        if (!hasher.matches(s.hash(), password)) {
            database.inTransaction(tx -> Sql.update(tx, """
                    update catura_webui_user
                       set failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
                           locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                     where user_id = ? and password_hash = ? and (locked_until is null or locked_until <= now())""",
                    settings.maxFailedLogins(), settings.maxFailedLogins(), now.plus(settings.lockFor()),
                    s.user().id(), s.hash()));
            return refused();
        }
        // Still the same password, still active, not locked meanwhile by a parallel guess.
        int signedIn = database.inTransaction(tx -> Sql.update(tx, """
                update catura_webui_user set failed_logins = 0, locked_until = null
                 where user_id = ? and password_hash = ? and active and (locked_until is null or locked_until <= now())""",
                s.user().id(), s.hash()));
        return signedIn == 1 ? new Outcome(s.user(), null) : refused();
    }

    private Outcome refused() {
        return new Outcome(null, refusal);
    }

    private record Stored(User user, String hash, Instant lockedUntil) {
    }
}
