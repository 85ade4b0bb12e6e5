package org.entente.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides what "now" and "today" are for all of Entente: the one clock every feature injects. It is the system
 * clock in UTC, or, when {@code entente.clock.start} is set, a clock that shows that instant at start-up and runs on
 * from it, so that tests (and several app instances in one test) agree on the date whatever the machine's date is.
 */
public class AppClock {

    private static final Logger LOG = Logger.getLogger(AppClock.class);

    @Produces
    @Singleton
    Clock clock(ClockConfig config) {
        // The one place allowed to read the system clock (ArchitectureTest).
        Clock system = Clock.systemUTC();
        if (config.start().isEmpty()) {
            return system;
        }
        Instant start = config.start().get();
        LOG.infof("The clock is pinned: it started at %s", start);
        return Clock.offset(system, Duration.between(system.instant(), start));
    }
}
