package org.easel.installer.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.server.Daemon;
import org.easel.server.users.User;
import org.easel.server.users.UserName;
import org.easel.server.users.UserStore;
import org.easel.server.users.UserStoreException;
import org.easel.server.state.StateDirectoryLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code easel users add|list|revoke}: the people who share this daemon, each with a token of their
 * own. Works whether or not the daemon runs: it reads the same database, and checks every request
 * against it, so a revocation takes effect at the user's next request.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage the users who share this daemon, each with a token of their own.",
                "The local owner (\"" + UserName.OWNER + "\") uses the daemon's own token, the file \"token\" "
                        + "in the state directory; other users' conversations and queued edits are their own.",
                "Edits wait round-robin between users (easel serve --max-waiting-per-user)."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Revoke.class})
final class UsersCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    abstract static class UsersSubcommand implements Callable<Integer> {
        @Option(names = "--state-dir", paramLabel = "DIR",
                description = "State directory of the daemon (default: as for easel serve).")
        Path stateDir;

        @Override
        public final Integer call() {
            Path memory = StateDirectoryLocator.locate(Optional.ofNullable(stateDir)).resolve(Daemon.MEMORY_DIR);
            try (UserStore users = UserStore.open(memory)) {
                return run(users);
            } catch (UserStoreException | IllegalArgumentException e) {
                System.err.println("easel users: " + e.getMessage());
                return 1;
            }
        }

        abstract int run(UserStore users) throws UserStoreException;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user and print their new token, once: it is stored only as a hash.",
                    "Give it to the user for their plugin's connection settings. Adding a revoked user again "
                            + "gives them a new token and their conversations back."})
    static final class Add extends UsersSubcommand {
        @Parameters(paramLabel = "NAME", description = "Lower-case letters, digits, '.', '_' or '-' (at most 32).")
        String name;

        @Override
        int run(UserStore users) throws UserStoreException {
            String token = users.add(name);
            System.out.println("Added user " + name + ". Their token (shown only now; it is stored as a hash):");
            System.out.println(token);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the users: when each was added, last connected, and revoked.")
    static final class ListUsers extends UsersSubcommand {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.systemDefault());

        @Override
        int run(UserStore users) throws UserStoreException {
            List<User> all = users.list();
            System.out.println(UserName.OWNER + " (the daemon's own token): always active");
            if (all.isEmpty()) {
                System.out.println("No other users. Add one with: easel users add NAME");
                return 0;
            }
            System.out.printf("%-32s  %-16s  %-16s  %s%n", "NAME", "CREATED", "LAST USED", "REVOKED");
            for (User user : all) {
                System.out.printf("%-32s  %-16s  %-16s  %s%n", user.name(), WHEN.format(user.created()),
                        user.lastUsed().map(WHEN::format).orElse("never"),
                        user.revoked().map(WHEN::format).orElse("no"));
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = {"Revoke a user's token. A running daemon refuses it from the user's next request on "
                    + "and closes their connections; their conversations are kept."})
    static final class Revoke extends UsersSubcommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int run(UserStore users) throws UserStoreException {
            if (UserName.OWNER.equals(name)) {
                System.err.println("easel users: the owner's token is the file \"token\" in the state directory; "
                        + "to replace it, stop the daemon, delete that file and start the daemon again.");
                return 1;
            }
            if (!users.revoke(name)) {
                System.err.println("easel users: there is no active user \"" + name + "\" (easel users list).");
                return 1;
            }
            System.out.println("Revoked " + name + "'s token; their conversations are kept.");
            return 0;
        }
    }
}
