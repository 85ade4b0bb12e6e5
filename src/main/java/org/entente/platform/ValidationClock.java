package org.entente.platform;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import java.time.Clock;

/** Gives Bean Validation's date constraints ({@code @PastOrPresent}, …) the one clock instead of the system's. */
@Singleton
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    public ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
