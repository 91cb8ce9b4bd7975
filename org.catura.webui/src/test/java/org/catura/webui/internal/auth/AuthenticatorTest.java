package org.catura.webui.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.TxWork;
import org.catura.testing.TestDatabase;
import org.catura.webui.api.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** When the Authenticator spends bcrypt time, and what it answers, on a real PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticatorTest {

    TestDatabase database;
    /** How many transactions are open right now, as the Authenticator sees its database. */
    final AtomicInteger open = new AtomicInteger();
    /** For each bcrypt check: whether a transaction was open while it ran. */
    final List<Boolean> checksInTransaction = new ArrayList<>();
    Authenticator authenticator;
    UserStore users;

    @BeforeAll
    void start() {
        database = TestDatabase.create("webui");
        Database watched = new Database() {
            @Override
            public <T> T inTransaction(TxWork<T> work) {
                open.incrementAndGet();
                try {
                    return database.database().inTransaction(work);
                } finally {
                    open.decrementAndGet();
                }
            }

            @Override
            public DataSource dataSource() {
                return database.dataSource();
            }
        };
        PasswordHasher hasher = new PasswordHasher(4) {
            @Override
            public boolean matches(String hash, String password) {
                checksInTransaction.add(open.get() > 0);
                return super.matches(hash, password);
            }
        };
        users = new UserStore(database.database(), hasher);
        authenticator = new Authenticator(watched, hasher, new AuthSettings(Duration.ofHours(1), 3,
                Duration.ofMinutes(5), false, 4));
    }

    @AfterAll
    void stop() {
        database.close();
    }

    @Test
    void bcryptRunsWithNoTransactionOpenForAnyOutcome() {
        users.create("bea", "Bea", Role.CLERK, "correct horse 1");
        checksInTransaction.clear();
        assertTrue(authenticator.check("bea", "correct horse 1").ok());
        assertFalse(authenticator.check("bea", "wrong").ok());
        assertFalse(authenticator.check("nobody", "wrong").ok());
        for (int i = 0; i < 3; i++) {
            authenticator.check("bea", "wrong " + i);
        }
        assertFalse(authenticator.check("bea", "correct horse 1").ok(), "locked");
        assertFalse(checksInTransaction.contains(true),
                "a bcrypt check held a connection in an open transaction: " + checksInTransaction);
        assertEquals(7, checksInTransaction.size(), "every attempt costs one bcrypt check");
    }

    @Test
    void aLockedLoginCostsOneBcryptCheckAndGetsTheAnswerOfAnUnknownOne() {
        users.create("cal", "Cal", Role.CLERK, "correct horse 1");
        for (int i = 0; i < 3; i++) {
            authenticator.check("cal", "wrong " + i);
        }
        checksInTransaction.clear();
        Authenticator.Outcome locked = authenticator.check("cal", "correct horse 1");
        assertEquals(1, checksInTransaction.size(), "a locked login takes as long as an unknown one");
        checksInTransaction.clear();
        Authenticator.Outcome unknown = authenticator.check("nobody", "correct horse 1");
        assertEquals(1, checksInTransaction.size());
        assertEquals(unknown, locked);
    }

    @Test
    void wrongPasswordsCountUpToTheLockAndTheRightOneResetsTheCount() {
        users.create("dan", "Dan", Role.CLERK, "correct horse 1");
        authenticator.check("dan", "wrong 1");
        authenticator.check("dan", "wrong 2");
        assertEquals(2, database.count("select failed_logins from catura_webui_user where username = 'dan'"));
        assertTrue(authenticator.check("dan", "correct horse 1").ok());
        assertEquals(0, database.count("select failed_logins from catura_webui_user where username = 'dan'"));
        for (int i = 0; i < 3; i++) {
            authenticator.check("dan", "wrong " + i);
        }
        assertEquals(1, database.count("select count(*) from catura_webui_user where username = 'dan'"
                + " and locked_until > now()"));
    }
}
