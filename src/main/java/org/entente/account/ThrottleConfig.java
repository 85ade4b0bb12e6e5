package org.entente.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How long an address waits once it has used up its failed logins (prefix {@code entente.auth.throttle}): the first
 * delay, doubled for each further failure, up to the longest. The allowances and the window are in {@link AuthConfig}.
 */
@ConfigMapping(prefix = "entente.auth.throttle")
public interface ThrottleConfig {

    @WithDefault("30S")
    Duration firstDelay();

    @WithDefault("15M")
    Duration maxDelay();
}
