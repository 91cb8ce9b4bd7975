package org.catura.idempiere.process;

import java.security.SecureRandom;
import java.util.Locale;
import org.catura.webui.api.Role;
import org.catura.webui.api.UserException;
import org.catura.webui.api.Users;
import org.compiere.process.ProcessInfoParameter;

/**
 * "Catura Web Login": gives a person a login to Catura's web UI, or a new password, with a password
 * made here and shown once to the System administrator who ran it. Inside iDempiere there is no
 * command line to make the first administrator; a password typed as a parameter would be kept in
 * AD_PInstance_Para, this one is kept only as Catura's bcrypt hash.
 */
final class WebLogin extends CaturaProcess {

    static final String USER_NAME = "CAT_WebUserName";
    static final String ROLE = "CAT_WebRole";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 16;

    private final Users users;
    private final SecureRandom random;
    private String userName;
    private Role role = Role.CLERK;

    WebLogin(Users users) {
        this(users, new SecureRandom());
    }

    WebLogin(Users users, SecureRandom random) {
        this.users = users;
        this.random = random;
    }

    @Override
    void parameter(String name, ProcessInfoParameter value) {
        if (USER_NAME.equals(name)) {
            userName = value.getParameterAsString().strip().toLowerCase(Locale.ROOT);
        } else if (ROLE.equals(name)) {
            role = Role.valueOf(value.getParameterAsString());
        }
    }

    @Override
    String run() {
        String password = issue();
        return text("CAT_WebLoginSet", userName, role.name().toLowerCase(Locale.ROOT), password);
    }

    /** Creates the login or gives it the role and a new password (which ends its sessions); returns the password. */
    String issue() {
        Users logins = require(users, Users.class);
        String password = password();
        try {
            if (logins.find(userName).isPresent()) {
                logins.update(userName, null, role, true);
                logins.setPassword(userName, password);
            } else {
                logins.create(userName, userName, role, password);
            }
        } catch (UserException e) {
            throw new CaturaProcessException(e.getMessage());
        }
        return password;
    }

    private String password() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
