package ebpm.web;

import ebpm.web.auth.Users;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where the server listens and who may use it. Without a users file nobody logs in, so the server serves this
 * machine only: binding any other address is refused before anything starts.
 */
public record ServeSettings(String bind, int port, Optional<Users> users) {

    public ServeSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + ": use 1 to 65535 (0 picks a free one)");
        }
        if (users.isEmpty() && !loopback(bind)) {
            throw new IllegalArgumentException("--bind " + bind + " without --users: a server without logins "
                    + "serves this machine only (127.0.0.1); give --users FILE (see: ebpm users add) to serve others");
        }
    }

    public InetSocketAddress address() throws UnknownHostException {
        return new InetSocketAddress(InetAddress.getByName(bind), port);
    }

    private static boolean loopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
