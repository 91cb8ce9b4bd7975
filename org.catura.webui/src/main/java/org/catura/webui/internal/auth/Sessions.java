package org.catura.webui.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.catura.core.api.db.Database;
import org.catura.webui.api.Role;
import org.catura.webui.api.User;
import org.catura.core.api.db.Sql;

/**
 * Server-side sessions in catura_webui_session: every node sharing the database knows every
 * session, a restart signs nobody out, and signing out or deactivating a user ends the session
 * at once. The cookie holds a random token; the table only its SHA-256.
 */
public final class Sessions {

    /** last_seen is written at most this often, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Database database;
    private final Duration idle;
    private final Tokens tokens = new Tokens();

    public Sessions(Database database, Duration idle) {
        this.database = database;
        this.idle = idle;
    }

    /** A new session; returns the cookie token and the session. */
    public Opened open(User user) {
        String token = tokens.next();
        String csrf = tokens.next();
        String hash = Tokens.sha256(token);
        database.inTransaction(tx -> {
            Sql.update(tx, "delete from catura_webui_session where expires_at < now()");
            return Sql.update(tx, "insert into catura_webui_session (token_hash, user_id, csrf_token, expires_at)"
                    + " values (?, ?, ?, ?)", hash, user.id(), csrf, Instant.now().plus(idle));
        });
        return new Opened(token, new Session(hash, user, csrf, null));
    }

    /** A session just opened: {@code token} goes into the cookie. */
    public record Opened(String token, Session session) {
    }

    /** The live session of a cookie token, taking its one-time flash message. */
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        return database.inTransaction(tx -> {
            Optional<Row> row = Sql.one(tx, """
                    select s.csrf_token, s.flash, s.last_seen, u.user_id, u.username, u.display_name, u.role,
                           u.active, u.created_at, u.updated_at
                      from catura_webui_session s join catura_webui_user u on u.user_id = s.user_id
                     where s.token_hash = ? and s.expires_at > now() and u.active
                     for update of s""", rs -> new Row(rs.getString(1), rs.getString(2),
                    Sql.instant(rs, "last_seen"), new User(rs.getLong("user_id"), rs.getString("username"),
                    rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
                    Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"))), hash);
            if (row.isEmpty()) {
                return Optional.<Session>empty();
            }
            Row r = row.get();
            if (r.flash() != null || r.lastSeen().isBefore(Instant.now().minus(TOUCH_EVERY))) {
                Sql.update(tx, "update catura_webui_session set flash = null, last_seen = now(), expires_at = ?"
                        + " where token_hash = ?", Instant.now().plus(idle), hash);
            }
            return Optional.of(new Session(hash, r.user(), r.csrf(), r.flash()));
        });
    }

    /** Leaves a one-time message for the next page this session sees. */
    public void flash(Session session, String message) {
        database.inTransaction(tx -> Sql.update(tx, "update catura_webui_session set flash = ? where token_hash = ?",
                message, session.tokenHash()));
    }

    public void close(Session session) {
        database.inTransaction(tx -> Sql.update(tx, "delete from catura_webui_session where token_hash = ?",
                session.tokenHash()));
    }

    private record Row(String csrf, String flash, Instant lastSeen, User user) {
    }
}
