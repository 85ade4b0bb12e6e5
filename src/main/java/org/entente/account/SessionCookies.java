package org.entente.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/** The session cookie: HttpOnly, SameSite=Lax, Secure when configured, ending with the session's lifetime. */
@ApplicationScoped
public class SessionCookies {

    private final AuthConfig config;

    public SessionCookies(AuthConfig config) {
        this.config = config;
    }

    public NewCookie open(String secret) {
        return builder(secret).maxAge((int) config.sessionLifetime().toSeconds()).build();
    }

    public NewCookie cleared() {
        return builder("").maxAge(0).build();
    }

    private NewCookie.Builder builder(String value) {
        return new NewCookie.Builder(EntenteAuthentication.SESSION_COOKIE).value(value).path("/")
                .httpOnly(true).secure(config.secureCookie()).sameSite(NewCookie.SameSite.LAX);
    }
}
