package org.entente.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The brute-force brake, with a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(PasswordsTest.config(), clock);

    @Test
    void theSixthAttemptOnOneAccountWaitsUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitSeconds("ann@x.com", "10.0.0." + i)).isZero();
            throttle.failed("ann@x.com", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.waitSeconds("ANN@x.com ", "10.0.0.99")).isBetween(600L, 661L);
        assertThat(throttle.waitSeconds("bob@x.com", "10.0.0.99")).as("another account").isZero();
        clock.advance(Duration.ofMinutes(11));
        assertThat(throttle.waitSeconds("ann@x.com", "10.0.0.99")).isZero();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedToo() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i + "@x.com", "192.0.2.7");
        }
        assertThat(throttle.waitSeconds("new@x.com", "192.0.2.7")).isPositive();
        assertThat(throttle.waitSeconds("new@x.com", "192.0.2.8")).isZero();
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ann@x.com", "192.0.2.1");
        }
        throttle.succeeded("ann@x.com");
        throttle.failed("ann@x.com", "192.0.2.1");
        assertThat(throttle.waitSeconds("ann@x.com", "192.0.2.2")).isZero();
    }

    @Test
    void unknownAccountsAreCountedLikeKnownOnes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("nobody@x.com", "192.0.2." + i);
        }
        assertThat(throttle.waitSeconds("nobody@x.com", "192.0.2.50")).isPositive();
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2027-01-01T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
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
}
