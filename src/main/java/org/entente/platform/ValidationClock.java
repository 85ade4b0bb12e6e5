package org.entente.platform;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Gives Bean Validation's date constraints ({@code @PastOrPresent}, …) the one clock instead of the system's. The
 * validator factory is built, and asks for its clock, before the configuration is ready, so the clock it gets reads
 * the one clock only when a date is validated.
 */
@Singleton
public class ValidationClock implements ClockProvider {

    private final Clock deferred;

    public ValidationClock(Provider<Clock> clock) {
        this.deferred = new Deferred(clock, ZoneOffset.UTC);
    }

    @Override
    public Clock getClock() {
        return deferred;
    }

    /** A clock that asks the one clock for the instant each time it is read. */
    private static final class Deferred extends Clock {

        private final Provider<Clock> clock;
        private final ZoneId zone;

        Deferred(Provider<Clock> clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Deferred(clock, other);
        }

        @Override
        public Instant instant() {
            return clock.get().instant();
        }
    }
}
