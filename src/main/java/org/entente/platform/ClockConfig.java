package org.entente.platform;

import io.smallrye.config.ConfigMapping;

import java.time.Instant;
import java.util.Optional;

/** Where Entente's clock starts: the real time, or a pinned instant for tests and demonstrations. */
@ConfigMapping(prefix = "entente.clock")
public interface ClockConfig {

    /**
     * The instant the clock shows when the application starts; from there it runs at the normal pace. Empty (the
     * default, and the only sensible production value) means the system clock.
     */
    Optional<Instant> start();
}
