package ebpm.jobs.cli;

import ebpm.jobs.reference.Municipalities;
import ebpm.web.auth.Role;
import ebpm.web.auth.User;
import ebpm.web.auth.Users;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ebpm users}: the users of the web app. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage the users file of the web app.",
        subcommands = UsersCommand.Add.class)
final class UsersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * {@code ebpm users add NAME --role R --password-stdin --users FILE}: the password is read from the standard
     * input (never an argument, which every user of the machine can see) and kept as a bcrypt hash only.
     */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user, or give an existing one a new role and password (read from standard input).")
    static final class Add implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "user name: letters, digits and . _ @ -")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "planner, operator or municipality:CODE (e.g. municipality:141003)")
        String role;

        @Option(names = "--password-stdin", required = true,
                description = "read the password from the first line of standard input")
        boolean passwordStdin;

        @Option(names = "--users", required = true, paramLabel = "FILE", description = "the users file")
        Path users;

        @Mixin
        ProjectOption project;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            User user;
            try {
                user = User.of(name, role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            if (user.role() == Role.MUNICIPALITY) {
                String code = user.municipality().orElseThrow();
                Municipalities.of(project.project()).problem(code).ifPresent(problem -> {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--role " + role + ": " + problem);
                });
            }
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null || password.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "no password on standard input (e.g. printf '%s\\n' \"$PASSWORD\" | ebpm users add …)");
            }
            Users.add(users, user, password);
            System.out.println("ebpm users: " + name + " (" + user.roleText() + ") written to " + users);
            return 0;
        }
    }
}
