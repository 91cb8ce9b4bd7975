package org.catura.webui.internal.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Tx;
import org.catura.webui.api.Role;
import org.catura.webui.api.User;
import org.catura.webui.api.UserException;
import org.catura.webui.api.Users;
import org.catura.core.api.db.Sql;

/** {@link Users} on the catura_webui_user table. */
public class UserStore implements Users {

    static final String COLUMNS = "user_id, username, display_name, role, active, created_at, updated_at";

    private final Database database;
    private final PasswordHasher hasher;

    public UserStore(Database database, PasswordHasher hasher) {
        this.database = database;
        this.hasher = hasher;
    }

    @Override
    public User create(String username, String displayName, Role role, String password) {
        String name = normalise(username);
        requireRole(name, role);
        PasswordHasher.check(name, password);
        String hash = hasher.hash(password);
        return database.inTransaction(tx -> {
            if (find(tx, name).isPresent()) {
                throw new UserException("A user '" + name + "' exists already");
            }
            return Sql.one(tx, "insert into catura_webui_user (username, display_name, role, password_hash)"
                    + " values (?, ?, ?, ?) returning " + COLUMNS, UserStore::user, name, display(name, displayName),
                    role, hash).orElseThrow();
        });
    }

    @Override
    public User createOrUpdate(String username, String displayName, Role role, String password) {
        String name = normalise(username);
        requireRole(name, role);
        PasswordHasher.check(name, password);
        String hash = hasher.hash(password);
        return database.inTransaction(tx -> Sql.one(tx, """
                insert into catura_webui_user (username, display_name, role, password_hash) values (?, ?, ?, ?)
                on conflict (username) do update set display_name = excluded.display_name, role = excluded.role,
                   password_hash = excluded.password_hash, active = true, failed_logins = 0, locked_until = null,
                   updated_at = now()
                returning\s""" + COLUMNS, UserStore::user, name, display(name, displayName), role, hash).orElseThrow());
    }

    @Override
    public User update(String username, String displayName, Role role, Boolean active) {
        String name = normalise(username);
        return database.inTransaction(tx -> {
            User old = find(tx, name).orElseThrow(() -> new UserException("No user '" + name + "'"));
            User changed = Sql.one(tx, "update catura_webui_user set display_name = ?, role = ?, active = ?,"
                    + " updated_at = now() where user_id = ? returning " + COLUMNS, UserStore::user,
                    displayName == null || displayName.isBlank() ? old.displayName() : displayName.strip(),
                    role == null ? old.role() : role, active == null ? old.active() : active, old.id()).orElseThrow();
            if (!changed.active() || changed.role() != old.role()) {
                // A deactivated login or a changed role must not live on in open sessions.
                Sql.update(tx, "delete from catura_webui_session where user_id = ?", old.id());
            }
            return changed;
        });
    }

    @Override
    public void setPassword(String username, String password) {
        String name = normalise(username);
        PasswordHasher.check(name, password);
        String hash = hasher.hash(password);
        database.inTransaction(tx -> {
            long id = Sql.one(tx, "update catura_webui_user set password_hash = ?, failed_logins = 0,"
                    + " locked_until = null, updated_at = now() where username = ? returning user_id",
                    rs -> rs.getLong(1), hash, name).orElseThrow(() -> new UserException("No user '" + name + "'"));
            // A new password is often set because the old one leaked: whoever signed in with it is out.
            Sql.update(tx, "delete from catura_webui_session where user_id = ?", id);
            return null;
        });
    }

    @Override
    public Optional<User> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return database.inTransaction(tx -> find(tx, username.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<User> list() {
        return database.inTransaction(tx -> Sql.query(tx, "select " + COLUMNS
                + " from catura_webui_user order by username", UserStore::user));
    }

    @Override
    public Optional<Instant> lockedUntil(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return database.inTransaction(tx -> Sql.one(tx, "select locked_until from catura_webui_user"
                + " where username = ? and locked_until > now()", rs -> Sql.instant(rs, "locked_until"),
                username.strip().toLowerCase(Locale.ROOT)));
    }

    static Optional<User> find(Tx tx, String name) {
        return Sql.one(tx, "select " + COLUMNS + " from catura_webui_user where username = ?", UserStore::user, name);
    }

    static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong("user_id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("active"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }

    static String normalise(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{2,64}")) {
            throw new UserException("User name '" + (username == null ? "" : username)
                    + "' is not allowed: use 2 to 64 letters, digits, dots, dashes or underscores");
        }
        return name;
    }

    private static void requireRole(String name, Role role) {
        if (role == null) {
            throw new UserException("User '" + name + "' needs a role: clerk, supervisor or admin");
        }
    }

    private static String display(String name, String displayName) {
        return displayName == null || displayName.isBlank() ? name : displayName.strip();
    }
}
