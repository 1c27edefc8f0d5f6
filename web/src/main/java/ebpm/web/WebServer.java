package ebpm.web;

import com.sun.net.httpserver.HttpServer;
import ebpm.web.auth.LoginThrottle;
import ebpm.web.auth.PasswordLogin;
import ebpm.web.auth.Sessions;
import ebpm.web.http.Router;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The web app on the JDK's own HTTP server ({@code com.sun.net.httpserver}): no servlet container, a few threads.
 * Started by {@code ebpm serve}; tests start it on a free port.
 */
public final class WebServer implements AutoCloseable {

    /** Requests served at once; more wait in the queue (tables are built one at a time anyway). */
    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService threads;

    private WebServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving; {@code accessLog} gets one line per request (time, address, user, method, path and query,
     * status, bytes, milliseconds).
     */
    public static WebServer start(ServeSettings settings, WebSources sources, ZoneId zone,
                                  Consumer<String> accessLog) throws IOException {
        Sessions sessions = new Sessions(Clock.systemUTC());
        Optional<PasswordLogin> passwords = settings.users()
                .map(users -> new PasswordLogin(users, new LoginThrottle(Clock.systemUTC())));
        Router router = new Router(WebApp.routes(sources, passwords, sessions), passwords, sessions, accessLog,
                Clock.systemUTC(), zone);
        HttpServer server = HttpServer.create(settings.address(), 64);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "ebpm-web");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", router);
        server.start();
        return new WebServer(server, threads);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The URL of the app, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(1);
        threads.shutdownNow();
    }
}
