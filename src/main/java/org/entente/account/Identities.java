package org.entente.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.web.Secrets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Turns a session cookie, an API token or a password into the identity of an account that may log in. */
@ApplicationScoped
public class Identities {

    /** Every logged-in account has this role; administrators also have {@link #ADMIN}. */
    public static final String USER = "user";
    public static final String ADMIN = "admin";
    public static final String USER_ID = "userId";
    public static final String SESSION_HASH = "sessionHash";

    private final Passwords passwords;
    private final Clock clock = Clock.systemUTC();

    public Identities(Passwords passwords) {
        this.passwords = passwords;
    }

    /** The identity of a live session's account, or null (unknown, expired or logged-out session, disabled account). */
    @Transactional
    public SecurityIdentity fromSession(String cookieValue) {
        String hash = Secrets.hash(cookieValue);
        return LoginSession.live(hash, LocalDateTime.now(clock))
                .filter(s -> s.user.canLogIn())
                .map(s -> identity(s.user, hash))
                .orElse(null);
    }

    /** The identity of an API token's account, or null; notes the day the token was last used. */
    @Transactional
    public SecurityIdentity fromToken(String token) {
        return ApiToken.byHash(Secrets.hash(token)).filter(t -> t.user.canLogIn()).map(t -> {
            LocalDate today = LocalDate.now(clock);
            if (!today.equals(t.lastUsedOn)) {
                t.lastUsedOn = today;
            }
            return identity(t.user, null);
        }).orElse(null);
    }

    /** The identity for an email and password (HTTP Basic), or null when they do not match an account that may log in. */
    @Transactional
    public SecurityIdentity fromPassword(String email, String password) {
        UserAccount user = UserAccount.byEmail(email).filter(UserAccount::canLogIn).orElse(null);
        boolean matches = passwords.matches(password, user == null ? null : user.passwordHash);
        return matches ? identity(user, null) : null;
    }

    static SecurityIdentity identity(UserAccount user, String sessionHash) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.email))
                .addRole(USER)
                .addAttribute(USER_ID, user.id)
                .addAttribute("name", user.name);
        if (user.administrator) {
            builder.addRole(ADMIN);
        }
        if (sessionHash != null) {
            builder.addAttribute(SESSION_HASH, sessionHash);
        }
        return builder.build();
    }
}
