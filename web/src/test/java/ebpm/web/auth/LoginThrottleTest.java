package ebpm.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void fiveWrongPasswordsLockTheNameForAQuarterOfAnHourAfterTheLast() {
        SessionsTest.MovingClock clock = new SessionsTest.MovingClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FAILURES; i++) {
            assertThat(throttle.allows("tanaka")).isTrue();
            throttle.failed("tanaka");
        }
        assertThat(throttle.allows("tanaka")).isFalse();
        assertThat(throttle.allows(" TANAKA ")).as("the same name however written").isFalse();
        assertThat(throttle.allows("suzuki")).as("another name").isTrue();

        clock.now = clock.now.plusSeconds(14 * 60);
        assertThat(throttle.allows("tanaka")).isFalse();
        clock.now = clock.now.plusSeconds(2 * 60);
        assertThat(throttle.allows("tanaka")).isTrue();
    }

    @Test
    void aRightPasswordForgetsTheFailuresAndOldFailuresAgeOut() {
        SessionsTest.MovingClock clock = new SessionsTest.MovingClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FAILURES - 1; i++) {
            throttle.failed("tanaka");
        }
        throttle.succeeded("tanaka");
        throttle.failed("tanaka");
        assertThat(throttle.allows("tanaka")).isTrue();

        for (int i = 0; i < LoginThrottle.FAILURES - 2; i++) {
            throttle.failed("suzuki");
        }
        clock.now = clock.now.plusSeconds(16 * 60);
        throttle.failed("suzuki");
        throttle.failed("suzuki");
        assertThat(throttle.allows("suzuki")).as("three of the five are older than the window").isTrue();
    }
}
