package org.entente.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How many expensive requests ({@link Expensive}) each caller may send, per kind, and how many callers are tracked. */
@ConfigMapping(prefix = "entente.rate-limit")
public interface RateLimitConfig {

    /** Buckets kept at most; the least recently used go first, which only gives their caller a full budget again. */
    @WithDefault("10000")
    int maxCallers();

    Budget pdf();

    Budget calendar();

    Budget preview();

    /** A token bucket: {@code requests} at once, refilled evenly over {@code per}. */
    interface Budget {
        int requests();

        Duration per();
    }

    default Budget of(Expensive.Kind kind) {
        return switch (kind) {
            case PDF -> pdf();
            case CALENDAR -> calendar();
            case PREVIEW -> preview();
        };
    }
}
