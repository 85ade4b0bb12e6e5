package org.entente.platform;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * Gives Bean Validation's date constraints ({@code @PastOrPresent}, …) the one clock instead of the system's. The
 * validator factory is built before the configuration is, so the clock is looked up on first use.
 */
@Singleton
public class ValidationClock implements ClockProvider {

    private final Provider<Clock> clock;

    public ValidationClock(Provider<Clock> clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock.get();
    }
}
