package org.catura.runtime.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.catura.webui.api.Role;
import org.catura.webui.api.User;
import org.catura.webui.api.UserException;
import org.catura.webui.api.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The web UI's logins from the command line: the only way to the first administrator of an empty
 * database, and a way back in when every admin is locked out. Passwords come from standard input
 * or a terminal prompt, never from an argument.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "The web UI's logins: add, list, passwd, disable, enable.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Passwd.class,
                UsersCommand.Disable.class, UsersCommand.Enable.class})
final class UsersCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: add, list, passwd, disable or enable");
    }

    /** Whether anybody can sign in and change users: an active admin. */
    static boolean hasActiveAdmin(Users users) {
        return users.list().stream().anyMatch(u -> u.active() && u.role() == Role.ADMIN);
    }

    /** The line {@code catura run} prints while no administrator can sign in. */
    static String noAdminHint(String configFile) {
        return "No administrator can sign in yet: create one with  catura users add NAME --role admin --config "
                + configFile;
    }

    /** A users subcommand on the database of --data or --config, with the Users service. */
    abstract static class OnUsers implements Callable<Integer> {

        private final Framework framework;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        OnUsers(Framework framework) {
            this.framework = framework;
        }

        @Override
        public final Integer call() {
            try (Session session = database.open(framework, 0)) {
                Users users = framework.await(Users.class, Session.SERVICE_TIMEOUT);
                return run(users, System.out);
            } catch (UserException e) {
                // a taken name, a short password, an unknown user: the person's input, nothing stored
                throw new UsageException(e.getMessage());
            }
        }

        abstract int run(Users users, PrintStream out);

        static String password(String username) {
            return password(SecretInput.ofThisProcess(), username);
        }

        static String password(SecretInput input, String username) {
            return input.next("Password for " + username, true, "No password for '" + username
                    + "' on standard input: pipe it in (first line), or run the command on a terminal to be asked"
                    + " for it");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create a login; the password is read from standard input or asked for on a terminal "
                    + "(at least " + Users.MIN_PASSWORD_LENGTH + " characters).")
    static final class Add extends OnUsers {

        @Parameters(index = "0", paramLabel = "NAME",
                description = "2 to 64 letters, digits, dots, dashes or underscores; stored lower-case")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, supervisor or clerk")
        String role;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "Shown in the web UI (default: NAME)")
        String displayName;

        Add(Framework framework) {
            super(framework);
        }

        @Override
        int run(Users users, PrintStream out) {
            Role r = Role.parse(role);
            if (users.find(name).isPresent()) {
                throw new UsageException("A user '" + name.strip().toLowerCase(java.util.Locale.ROOT)
                        + "' exists already; change its password with  catura users passwd " + name);
            }
            User user = users.create(name, displayName, r, password(name));
            out.println("User " + user.username() + " (" + user.displayName() + ") added as "
                    + user.role().name().toLowerCase(java.util.Locale.ROOT) + "; signs in at /catura/login");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The logins with role, active and lock.")
    static final class ListUsers extends OnUsers {

        ListUsers(Framework framework) {
            super(framework);
        }

        @Override
        int run(Users users, PrintStream out) {
            List<User> all = users.list();
            out.printf("%-20s %-28s %-11s %-7s %s%n", "NAME", "DISPLAY NAME", "ROLE", "ACTIVE", "LOCKED");
            for (User u : all) {
                Optional<Instant> locked = users.lockedUntil(u.username());
                out.printf("%-20s %-28s %-11s %-7s %s%n", u.username(), u.displayName(),
                        u.role().name().toLowerCase(java.util.Locale.ROOT), u.active() ? "yes" : "no",
                        locked.map(t -> "until " + t).orElse("no"));
            }
            out.println(all.size() + " user(s)");
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Set a login's password (standard input or terminal prompt); also lifts a lock"
                    + " and ends the login's open sessions.")
    static final class Passwd extends OnUsers {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Passwd(Framework framework) {
            super(framework);
        }

        @Override
        int run(Users users, PrintStream out) {
            User user = users.find(name).orElseThrow(() -> unknown(users, name));
            users.setPassword(user.username(), password(user.username()));
            out.println("Password of " + user.username() + " set; its open sessions are ended" + (user.active() ? ""
                    : "; the login is disabled: it cannot sign in until it is active again"));
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Stop a login from signing in; its open sessions end.")
    static final class Disable extends OnUsers {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Disable(Framework framework) {
            super(framework);
        }

        @Override
        int run(Users users, PrintStream out) {
            User user = users.find(name).orElseThrow(() -> unknown(users, name));
            users.update(user.username(), null, null, false);
            out.println("User " + user.username() + " disabled; its sessions are ended");
            if (!hasActiveAdmin(users)) {
                out.println("No active administrator is left: add one with  catura users add NAME --role admin");
            }
            return 0;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Let a disabled login sign in again.")
    static final class Enable extends OnUsers {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Enable(Framework framework) {
            super(framework);
        }

        @Override
        int run(Users users, PrintStream out) {
            User user = users.find(name).orElseThrow(() -> unknown(users, name));
            users.update(user.username(), null, null, true);
            out.println("User " + user.username() + " enabled");
            return 0;
        }
    }

    private static UsageException unknown(Users users, String name) {
        List<String> names = users.list().stream().map(User::username).toList();
        return new UsageException("No user '" + name + "'; users: " + (names.isEmpty() ? "none yet" : String.join(", ", names)));
    }
}
