package org.catura.webui.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.db.Database;
import org.catura.webui.api.User;
import org.catura.core.api.db.Sql;

/**
 * Checks a user name and password. After {@link AuthSettings#maxFailedLogins()} wrong passwords in a
 * row the login is locked for {@link AuthSettings#lockFor()}: guessing costs minutes, not milliseconds.
 * An unknown name and a wrong password get the same answer and take the same time.
 */
public final class Authenticator {

    public static final String WRONG = "Wrong user name or password.";

    private final Database database;
    private final PasswordHasher hasher;
    private final AuthSettings settings;

    public Authenticator(Database database, PasswordHasher hasher, AuthSettings settings) {
        this.database = database;
        this.hasher = hasher;
        this.settings = settings;
    }

    /** The outcome: the user, or why not. */
    public record Outcome(User user, String refusal) {
        public boolean ok() {
            return user != null;
        }
    }

    public Outcome check(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return database.inTransaction(tx -> {
            Optional<Stored> stored = Sql.one(tx, "select " + UserStore.COLUMNS + ", password_hash, failed_logins,"
                    + " locked_until from catura_webui_user where username = ? for update", rs -> new Stored(
                    UserStore.user(rs), rs.getString("password_hash"), rs.getInt("failed_logins"),
                    Sql.instant(rs, "locked_until")), name);
            if (stored.isEmpty() || !stored.get().user().active()) {
                hasher.waste(password);
                return new Outcome(null, WRONG);
            }
            Stored s = stored.get();
            Instant now = Instant.now();
            if (s.lockedUntil() != null && s.lockedUntil().isAfter(now)) {
                long minutes = Math.max(1, Duration.between(now, s.lockedUntil()).toSeconds() / 60 + 1);
                return new Outcome(null, "Too many failed sign-ins for this user. Try again in " + minutes
                        + (minutes == 1 ? " minute." : " minutes."));
            }
            if (!hasher.matches(s.hash(), password)) {
                int failed = s.failed() + 1;
                if (failed >= settings.maxFailedLogins()) {
                    Sql.update(tx, "update catura_webui_user set failed_logins = 0, locked_until = ? where user_id = ?",
                            now.plus(settings.lockFor()), s.user().id());
                } else {
                    Sql.update(tx, "update catura_webui_user set failed_logins = ? where user_id = ?", failed,
                            s.user().id());
                }
                return new Outcome(null, WRONG);
            }
            if (s.failed() > 0 || s.lockedUntil() != null) {
                Sql.update(tx, "update catura_webui_user set failed_logins = 0, locked_until = null where user_id = ?",
                        s.user().id());
            }
            return new Outcome(s.user(), null);
        });
    }

    private record Stored(User user, String hash, int failed, Instant lockedUntil) {
    }
}
