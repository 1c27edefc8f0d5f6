package ebpm.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing: after {@value #FAILURES} wrong passwords for one user name within {@link #WINDOW}, that
 * name cannot log in (form or HTTP Basic) until {@link #WINDOW} has passed since the last failure. Counted per name,
 * not per address: behind the office's reverse proxy every request comes from the proxy. The names remembered are
 * capped, so a flood of made-up names cannot fill the memory.
 */
public final class LoginThrottle {

    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int NAMES_KEPT = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByName = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > NAMES_KEPT;
        }
    };

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether this name may try a password now. */
    public synchronized boolean allows(String name) {
        Deque<Instant> failures = recent(name);
        return failures == null || failures.size() < FAILURES;
    }

    public synchronized void failed(String name) {
        Deque<Instant> failures = recent(name);
        if (failures == null) {
            failures = new ArrayDeque<>();
            failuresByName.put(key(name), failures);
        }
        failures.addLast(clock.instant());
    }

    public synchronized void succeeded(String name) {
        failuresByName.remove(key(name));
    }

    /** The failures of the window, the older ones forgotten. */
    private Deque<Instant> recent(String name) {
        Deque<Instant> failures = failuresByName.get(key(name));
        if (failures == null) {
            return null;
        }
        Instant cutoff = clock.instant().minus(WINDOW);
        // Locked: the window runs from the last failure, so guessing on keeps the name locked.
        if (failures.size() >= FAILURES && failures.peekLast().isAfter(cutoff)) {
            return failures;
        }
        failures.removeIf(failure -> !failure.isAfter(cutoff));
        return failures;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
