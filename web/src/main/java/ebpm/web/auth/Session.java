package ebpm.web.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * A browser's session: its cookie id, the token its forms carry against cross-site posts, and the user once logged
 * in. A login makes a new session (new id, new token), so an id seen before the login is worth nothing after it.
 */
public record Session(String id, String csrfToken, Optional<User> user, Instant lastSeen) {

    Session seenAt(Instant now) {
        return new Session(id, csrfToken, user, now);
    }
}
