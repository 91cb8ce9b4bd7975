package org.catura.webui.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.catura.webui.api.UserException;
import org.catura.webui.api.Users;

/**
 * bcrypt from BouncyCastle. The cost is configurable so tests can hash fast; production uses 12.
 * Not final: tests watch when {@link #matches} runs (never inside a database transaction).
 */
public class PasswordHasher {

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final int cost;
    private final SecureRandom random = new SecureRandom();
    /** Checked against when a user name is unknown, so the answer takes as long as for a known one. */
    private final String decoy;

    public PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31, was " + cost);
        }
        this.cost = cost;
        this.decoy = hash("decoy-password-never-matches");
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, cost);
    }

    public boolean matches(String hash, String password) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one check, for unknown user names. */
    public void waste(String password) {
        matches(decoy, password == null ? "" : password);
    }

    /** Refuses passwords too short or too long for bcrypt. */
    public static void check(String username, String password) {
        if (password == null || password.length() < Users.MIN_PASSWORD_LENGTH) {
            throw new UserException("The password of '" + username + "' must have at least "
                    + Users.MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new UserException("The password of '" + username + "' must have at most " + MAX_PASSWORD_BYTES
                    + " bytes (bcrypt ignores the rest)");
        }
    }
}
