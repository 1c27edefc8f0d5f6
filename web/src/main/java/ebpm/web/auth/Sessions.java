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
 * keeps no secrets on disk. An idle session ends after {@link #IDLE} (an anonymous one, which only carries the login
 * form's token, after {@link #IDLE_ANONYMOUS}). Their number is capped so that a flood of login pages cannot fill the
 * memory, and the two kinds are capped apart: anonymous sessions make room only by ending anonymous ones, so a
 * flood of login pages never logs anybody out.
 */
public final class Sessions {

    public static final String COOKIE = "ebpm_session";
    static final Duration IDLE = Duration.ofHours(8);
    static final Duration IDLE_ANONYMOUS = Duration.ofMinutes(30);
    static final int MAX_LOGGED_IN = 10_000;
    static final int MAX_ANONYMOUS = 2_000;

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session, anonymous or for {@code user}. */
    public synchronized Session start(Optional<User> user) {
        boolean anonymous = user.isEmpty();
        int cap = anonymous ? MAX_ANONYMOUS : MAX_LOGGED_IN;
        if (count(anonymous) >= cap) {
            forgetIdle();
            if (count(anonymous) >= cap) {
                byId.values().stream().filter(session -> session.user().isEmpty() == anonymous)
                        .min(Comparator.comparing(Session::lastSeen)).ifPresent(oldest -> byId.remove(oldest.id()));
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
        if (session.lastSeen().plus(idle(session)).isBefore(now)) {
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
        Instant now = clock.instant();
        byId.values().removeIf(session -> session.lastSeen().plus(idle(session)).isBefore(now));
    }

    private long count(boolean anonymous) {
        return byId.values().stream().filter(session -> session.user().isEmpty() == anonymous).count();
    }

    private static Duration idle(Session session) {
        return session.user().isEmpty() ? IDLE_ANONYMOUS : IDLE;
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
