package org.entente.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Entente's login settings (prefix {@code entente.auth}); see docs/configuration.md. */
@ConfigMapping(prefix = "entente.auth")
public interface AuthConfig {

    /** The first administrator, created at start-up when both are set and no account has that email. */
    Optional<String> adminEmail();

    Optional<String> adminPassword();

    /** bcrypt's work factor (4..31); each step doubles the time a login takes. */
    @WithDefault("11")
    int bcryptCost();

    /** A session ends this long after login, whatever the user does. */
    @WithDefault("12H")
    Duration sessionLifetime();

    /** A session also ends after this long without a request. */
    @WithDefault("8H")
    Duration sessionIdleTimeout();

    /** Whether the session cookie is marked Secure (sent over HTTPS only). */
    @WithDefault("true")
    boolean secureCookie();

    /** Whether scripts may send email and password as HTTP Basic to /api (API tokens are preferred). */
    @WithDefault("false")
    boolean basicEnabled();

    /**
     * Failed logins allowed for one account from one client address, and for one client address across accounts,
     * before that address has to wait (see {@link ThrottleConfig}); the count is forgotten {@link #throttleWindow()}
     * after its last failure.
     */
    @WithDefault("5")
    int maxFailuresPerAccount();

    @WithDefault("20")
    int maxFailuresPerAddress();

    @WithDefault("1H")
    Duration throttleWindow();

    /** How long an invitation link stays valid. */
    @WithDefault("7D")
    Duration invitationLifetime();

    /** In dev mode only: the password of the example alliance's manager and member logins (unset: none). */
    Optional<String> examplePassword();
}
