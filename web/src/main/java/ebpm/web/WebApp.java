package ebpm.web;

import static ebpm.web.http.Route.Access.DOWNLOAD;
import static ebpm.web.http.Route.Access.PAGE;
import static ebpm.web.http.Route.Access.PUBLIC;

import ebpm.web.auth.LoginPage;
import ebpm.web.auth.PasswordLogin;
import ebpm.web.auth.Role;
import ebpm.web.auth.Sessions;
import ebpm.web.evidence.CatalogPage;
import ebpm.web.evidence.EvidencePage;
import ebpm.web.evidence.IndicatorPage;
import ebpm.web.http.Route;
import ebpm.web.operations.RejectsPage;
import ebpm.web.operations.RunsPage;
import ebpm.web.submissions.SubmissionPage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The routes of the app and who may use each: the table of contents of the web app. */
final class WebApp {

    private static final Set<Role> READERS = Set.of(Role.PLANNER, Role.OPERATOR);
    private static final Set<Role> OPERATORS = Set.of(Role.OPERATOR);
    private static final Set<Role> SUBMITTERS = Set.of(Role.MUNICIPALITY, Role.OPERATOR);

    private WebApp() {
    }

    static List<Route> routes(WebSources sources, Optional<PasswordLogin> passwords, Sessions sessions) {
        LoginPage login = new LoginPage(passwords, sessions);
        CatalogPage catalog = new CatalogPage(sources.evidence());
        EvidencePage evidence = new EvidencePage(sources.evidence());
        IndicatorPage indicators = new IndicatorPage(sources.evidence(), evidence);
        RunsPage runs = new RunsPage(sources.operations());
        RejectsPage rejects = new RejectsPage(sources.operations());
        // From the seed, not the indicator database: municipalities submit before the first night has run.
        SubmissionPage submission = new SubmissionPage(sources.submissions(), sources.evidence()::municipalities);
        String name = "/evidence/(" + EvidencePage.NAME + ")";
        return List.of(
                Route.get("/static/ebpm\\.css", PUBLIC, Set.of(), request -> StyleSheet.response()),
                Route.get("/login", PUBLIC, Set.of(), login::show),
                Route.post("/login", PUBLIC, Set.of(), login::login),
                Route.post("/logout", PUBLIC, Set.of(), login::logout),
                Route.get("/", PAGE, READERS, catalog::show),
                Route.get(name, PAGE, READERS, evidence::show),
                Route.get(name + "\\.(csv|xlsx|html|ipynb)", DOWNLOAD, READERS, evidence::download),
                Route.get(name + "/chart\\.png", PAGE, READERS, evidence::chart),
                Route.get("/indicators", PAGE, READERS, indicators::list),
                Route.get("/indicators/(" + IndicatorPage.CODE + ")", PAGE, READERS, indicators::show),
                Route.get("/indicators/(" + IndicatorPage.CODE + ")\\.csv", DOWNLOAD, READERS, indicators::download),
                Route.get("/runs", PAGE, OPERATORS, runs::show),
                Route.get("/rejects", PAGE, OPERATORS, rejects::show),
                Route.get("/rejects/(" + RejectsPage.PART + ")/(" + RejectsPage.PART + "\\.csv)", DOWNLOAD, OPERATORS,
                        rejects::download),
                Route.get("/submissions/health", PAGE, SUBMITTERS, submission::show),
                Route.post("/submissions/health", PAGE, SUBMITTERS, submission::submit),
                Route.post("/submissions/health/accept", PAGE, SUBMITTERS, submission::placeAccepted));
    }
}
