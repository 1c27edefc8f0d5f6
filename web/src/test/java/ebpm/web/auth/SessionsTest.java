package ebpm.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionsTest {

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-30T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aSessionEndsAfterEightIdleHoursAndItsTokenIsItsOwn() {
        MovingClock clock = new MovingClock();
        Sessions sessions = new Sessions(clock);
        Session session = sessions.start(Optional.of(User.of("tanaka", "planner")));
        Session other = sessions.start(Optional.empty());

        assertThat(session.id()).isNotEqualTo(other.id()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(Sessions.tokenMatches(session, session.csrfToken())).isTrue();
        assertThat(Sessions.tokenMatches(session, other.csrfToken())).isFalse();
        assertThat(Sessions.tokenMatches(null, session.csrfToken())).isFalse();

        clock.now = clock.now.plusSeconds(7 * 3600);
        assertThat(sessions.find(session.id())).isPresent();
        clock.now = clock.now.plusSeconds(7 * 3600);
        assertThat(sessions.find(session.id())).as("seen 7 hours ago").isPresent();
        clock.now = clock.now.plusSeconds(9 * 3600);
        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void aFloodOfLoginPagesNeverLogsAnybodyOut() {
        MovingClock clock = new MovingClock();
        Sessions sessions = new Sessions(clock);
        Session tanaka = sessions.start(Optional.of(User.of("tanaka", "planner")));
        for (int i = 0; i < Sessions.MAX_ANONYMOUS + 500; i++) {
            sessions.start(Optional.empty());
        }
        assertThat(sessions.find(tanaka.id())).isPresent();
    }

    @Test
    void anAnonymousSessionEndsAfterHalfAnHour() {
        MovingClock clock = new MovingClock();
        Sessions sessions = new Sessions(clock);
        Session anonymous = sessions.start(Optional.empty());
        clock.now = clock.now.plusSeconds(29 * 60);
        assertThat(sessions.find(anonymous.id())).isPresent();
        clock.now = clock.now.plusSeconds(31 * 60);
        assertThat(sessions.find(anonymous.id())).isEmpty();
    }
}
