package ebpm.jobs.cli;

import ebpm.jobs.web.WorkFolderWebApp;
import ebpm.web.ServeSettings;
import ebpm.web.auth.Users;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ebpm serve}: the web app over the same work folder, project and databases as the other commands, read-only
 * but for the health evaluation files municipalities submit. Runs until stopped (Ctrl-C, systemctl stop).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app: evidence tables for planners, the nights and rejected rows for operators, "
                + "submissions for municipalities.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    WorkOption work;

    @Mixin
    ProjectOption project;

    @Option(names = "--landing", paramLabel = "DIR", defaultValue = "${env:EBPM_LANDING:-sample-data/landing}",
            description = "the landing zone the night reads: submitted health evaluation files go to its health/ "
                    + "(default: ${DEFAULT-VALUE})")
    Path landing;

    @Option(names = "--users", paramLabel = "FILE",
            description = "users file (ebpm users add writes it): every page then needs a login; without it the "
                    + "server serves this machine only (127.0.0.1)")
    Path users;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; another needs --users)")
    String bind;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServeSettings settings;
        try {
            settings = new ServeSettings(bind, port, users == null ? Optional.empty() : Optional.of(Users.read(users)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        WorkFolderWebApp app = WorkFolderWebApp.start(work.folder(), work.indicators(), project.project(), landing, settings,
                System.out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        // The landing zone named on the first line: submissions placed where no night reads them would be lost.
        System.out.println("ebpm serve: " + app.url() + " (work folder " + work.folder().root() + "; submissions "
                + "to " + landing.toAbsolutePath().normalize().resolve("health") + "; "
                + (users == null ? "no users file: this machine only, no login" : "users from " + users) + ")");
        stopped.await();
        return 0;
    }
}
