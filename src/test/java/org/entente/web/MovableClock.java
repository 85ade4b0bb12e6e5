package org.entente.web;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.entente.TestClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's one clock for a test that must move time on by hand: it stands at {@link TestClock#START} until
 * {@link #advance} is called. A test profile enables it in place of {@code platform.AppClock}'s clock.
 */
@Alternative
@Singleton
public class MovableClock extends Clock {

    private volatile Instant now = TestClock.START;

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
