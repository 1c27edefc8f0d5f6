package ebpm.jobs.web;

import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.analytics.project.Project;
import ebpm.jobs.WorkFolder;
import ebpm.web.ServeSettings;
import ebpm.web.WebServer;
import ebpm.web.WebSources;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * The web app over one work folder, project and indicator database, as {@code ebpm serve} starts it (and the tests):
 * the sources the web module reads through, implemented with what the other commands use.
 */
public final class WorkFolderWebApp implements AutoCloseable {

    private final WorkFolderEvidence evidence;
    private final WebServer server;

    private WorkFolderWebApp(WorkFolderEvidence evidence, WebServer server) {
        this.evidence = evidence;
        this.server = server;
    }

    /** @param landing the landing zone the night reads: submitted health files go to its {@code health/} */
    public static WorkFolderWebApp start(WorkFolder work, IndicatorStore indicators, Project project, Path landing,
                                         ServeSettings settings, Consumer<String> accessLog) throws IOException {
        WorkFolderEvidence evidence = new WorkFolderEvidence(work, indicators, project);
        WebServer server = WebServer.start(settings, new WebSources(evidence,
                new WorkFolderOperations(work, indicators, project),
                new LandingHealthSubmissions(landing, work, project)), project.settings().timeZone(),
                accessLog);
        return new WorkFolderWebApp(evidence, server);
    }

    public String url() {
        return server.url();
    }

    @Override
    public void close() throws SQLException {
        server.close();
        evidence.close();
    }
}
