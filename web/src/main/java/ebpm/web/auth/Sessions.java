package ebpm.web.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of the server, in memory: a restart logs everybody out, which is acceptable for an office app and
 * keeps no secrets on disk. An idle session ends after {@link #IDLE}; their number is capped so that a flood of
 * login pages cannot fill the memory.
 */
public final class Sessions {

    public static final String COOKIE = "ebpm_session";
    static final Duration IDLE = Duration.ofHours(8);
    private static final int MAX = 10_000;

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session, anonymous or for {@code user}. */
    public Session start(Optional<User> user) {
        if (byId.size() >= MAX) {
            forgetIdle();
            if (byId.size() >= MAX) {
                byId.values().stream().min(Comparator.comparing(Session::lastSeen))
                        .ifPresent(oldest -> byId.remove(oldest.id()));
            }
        }
        Session session = new Session(token(), token(), user, clock.instant());
        byId.put(session.id(), session);
        return session;
    }

    /** The live session of that cookie value, marked as seen now. */
    public Optional<Session> find(String id) {
        Session session = id == null ? null : byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (session.lastSeen().plus(IDLE).isBefore(now)) {
            byId.remove(id);
            return Optional.empty();
        }
        Session seen = session.seenAt(now);
        byId.put(id, seen);
        return Optional.of(seen);
    }

    public void end(String id) {
        byId.remove(id);
    }

    /** Whether a posted form's token is this session's; compared in constant time. */
    public static boolean tokenMatches(Session session, String posted) {
        return session != null && posted != null && MessageDigest.isEqual(
                session.csrfToken().getBytes(StandardCharsets.US_ASCII), posted.getBytes(StandardCharsets.US_ASCII));
    }

    private void forgetIdle() {
        Instant cutoff = clock.instant().minus(IDLE);
        byId.values().removeIf(session -> session.lastSeen().isBefore(cutoff));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
