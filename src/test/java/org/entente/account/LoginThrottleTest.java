package org.entente.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The brake's rule and keys, without the database: allowance, doubling delay, window, and whose count is whose. */
class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2027-01-01T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(null, PasswordsTest.config(), delays(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void withinTheAllowanceNothingWaits() {
        assertThat(throttle.waitSeconds(4, 5, NOW, NOW)).isZero();
    }

    @Test
    void beyondTheAllowanceTheDelayDoublesWithEachFailureUpToTheLongest() {
        assertThat(throttle.waitSeconds(5, 5, NOW, NOW)).isEqualTo(30);
        assertThat(throttle.waitSeconds(6, 5, NOW, NOW)).isEqualTo(60);
        assertThat(throttle.waitSeconds(7, 5, NOW, NOW)).isEqualTo(120);
        assertThat(throttle.waitSeconds(9, 5, NOW, NOW)).isEqualTo(480);
        assertThat(throttle.waitSeconds(10, 5, NOW, NOW)).as("at most 15 minutes").isEqualTo(900);
        assertThat(throttle.waitSeconds(5_000, 5, NOW, NOW)).isEqualTo(900);
    }

    @Test
    void theDelayCountsFromTheLastFailure() {
        assertThat(throttle.waitSeconds(6, 5, NOW.minusSeconds(45), NOW)).isEqualTo(15);
        assertThat(throttle.waitSeconds(6, 5, NOW.minusSeconds(60), NOW)).isZero();
        assertThat(throttle.waitSeconds(6, 5, NOW.minusMillis(59_001), NOW)).as("rounded up").isEqualTo(1);
    }

    @Test
    void aCountWhoseLastFailureLeftTheWindowIsForgotten() {
        Instant beforeWindow = NOW.minus(PasswordsTest.config().throttleWindow()).minusSeconds(1);
        assertThat(throttle.waitSeconds(50, 5, beforeWindow, NOW)).isZero();
    }

    @Test
    void theAccountIsCountedPerAddressSoTheOwnerElsewhereIsNotSlowed() {
        assertThat(LoginThrottle.accountKey("Ann@X.com ", "192.0.2.1"))
                .isEqualTo(LoginThrottle.accountKey("ann@x.com", "192.0.2.1"))
                .isNotEqualTo(LoginThrottle.accountKey("ann@x.com", "192.0.2.2"))
                .isNotEqualTo(LoginThrottle.addressKey("192.0.2.1"))
                .hasSize(64);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(LoginThrottle.clientKey("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.clientKey("2001:db8:1:2:bbbb::9"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginThrottle.clientKey("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.clientKey("2001:db8:1:2::1"));
        assertThat(LoginThrottle.clientKey("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    static ThrottleConfig delays() {
        return new ThrottleConfig() {
            public Duration firstDelay() { return Duration.ofSeconds(30); }
            public Duration maxDelay() { return Duration.ofMinutes(15); }
        };
    }
}
