package org.catura.idempiere.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.catura.webui.api.Role;
import org.catura.webui.api.User;
import org.catura.webui.api.UserException;
import org.catura.webui.api.Users;
import org.compiere.process.ProcessInfoParameter;
import org.junit.jupiter.api.Test;

/** The first web UI administrator inside iDempiere, which has no Catura command line. */
class WebLoginTest {

    final FakeUsers users = new FakeUsers();

    @Test
    void aNewLoginIsCreatedWithTheRoleAndAPasswordMadeHereThatIsShownOnce() {
        String password = login("Anna", "ADMIN").issue();
        assertEquals(16, password.length());
        assertTrue(password.chars().allMatch(Character::isLetterOrDigit), password);
        assertEquals(List.of("create anna ADMIN " + password), users.calls);
        assertNotEquals(password, login("bob", "CLERK").issue(), "every password is drawn anew");
    }

    @Test
    void anExistingLoginGetsTheRoleANewPasswordAndMaySignInAgain() {
        users.logins.put("anna", Role.CLERK);
        String password = login("anna", "SUPERVISOR").issue();
        assertEquals(List.of("update anna SUPERVISOR true", "password anna " + password), users.calls);
    }

    @Test
    void whatCaturaRefusesIsTheProcessesMessage() {
        users.refuse = "User name 'a b' may only have letters, digits, dot, dash and underscore";
        CaturaProcessException e = assertThrows(CaturaProcessException.class, () -> login("a b", "CLERK").issue());
        assertEquals(users.refuse, e.getMessage());
    }

    WebLogin login(String name, String role) {
        WebLogin process = new WebLogin(users);
        process.parameter(WebLogin.USER_NAME, new ProcessInfoParameter(WebLogin.USER_NAME, name, null, null, null));
        process.parameter(WebLogin.ROLE, new ProcessInfoParameter(WebLogin.ROLE, role, null, null, null));
        return process;
    }

    /** Records what the process asks of the web UI's logins. */
    static final class FakeUsers implements Users {
        final Map<String, Role> logins = new TreeMap<>();
        final List<String> calls = new ArrayList<>();
        String refuse;

        @Override
        public User create(String username, String displayName, Role role, String password) {
            if (refuse != null) {
                throw new UserException(refuse);
            }
            calls.add("create " + username + " " + role + " " + password);
            logins.put(username, role);
            return null;
        }

        @Override
        public User createOrUpdate(String username, String displayName, Role role, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public User update(String username, String displayName, Role role, Boolean active) {
            calls.add("update " + username + " " + role + " " + active);
            return null;
        }

        @Override
        public void setPassword(String username, String password) {
            calls.add("password " + username + " " + password);
        }

        @Override
        public Optional<User> find(String username) {
            return logins.containsKey(username) ? Optional.of(new User(1, username, username, logins.get(username), true, Instant.EPOCH, null)) : Optional.empty();
        }

        @Override
        public List<User> list() {
            return List.of();
        }

        @Override
        public Optional<Instant> lockedUntil(String username) {
            return Optional.empty();
        }
    }
}
