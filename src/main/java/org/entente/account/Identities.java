package org.entente.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.platform.DirectReads;
import org.entente.platform.Secrets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** Turns a session cookie, an API token or a password into the identity of an account that may log in. */
@ApplicationScoped
public class Identities {

    /** Every logged-in account has this role; administrators also have {@link #ADMIN}. */
    public static final String USER = "user";
    public static final String ADMIN = "admin";
    public static final String USER_ID = "userId";
    public static final String SESSION_HASH = "sessionHash";

    /**
     * The account of a live session that may log in ({@link UserAccount#canLogIn()}), in one statement. Every page
     * request runs it, so it goes straight through JDBC ({@link DirectReads}), without Hibernate and JTA.
     */
    static final String LIVE_SESSION = "SELECT u.id, u.email, u.name, u.administrator FROM login_session s"
            + " JOIN app_user u ON u.id = s.user_id"
            + " WHERE s.token_hash = ? AND s.expires_at > ? AND u.password_hash IS NOT NULL AND NOT u.disabled";

    private final Passwords passwords;
    private final PasswordChecks checks;
    private final DirectReads reads;
    private final Clock clock;

    public Identities(Passwords passwords, PasswordChecks checks, DirectReads reads, Clock clock) {
        this.clock = clock;
        this.passwords = passwords;
        this.checks = checks;
        this.reads = reads;
    }

    /** The identity of a live session's account, or null (unknown, expired or logged-out session, disabled account). */
    public SecurityIdentity fromSession(String cookieValue) {
        String hash = Secrets.hash(cookieValue);
        return reads.first(LIVE_SESSION, row -> identity(row.getLong(1), row.getString(2), row.getString(3),
                        row.getBoolean(4), hash), hash, LocalDateTime.now(clock))
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

    /**
     * The identity for an email and password (HTTP Basic), or null when they do not match an account that may log in.
     * The account is read in one statement outside any transaction, and bcrypt runs on a password-check thread.
     */
    public SecurityIdentity fromPassword(String email, String password) {
        Optional<Account> account = reads.first(PASSWORD_LOGIN, row -> new Account(row.getLong(1), row.getString(2),
                row.getString(3), row.getBoolean(4), row.getString(5)), UserAccount.normalise(email));
        String hash = account.map(Account::passwordHash).orElse(null);
        if (!checks.await(() -> passwords.matches(password, hash))) {
            return null;
        }
        Account a = account.get();
        return identity(a.id(), a.email(), a.name(), a.administrator(), null);
    }

    /** An account that may log in, with its password hash (HTTP Basic). */
    static final String PASSWORD_LOGIN = "SELECT id, email, name, administrator, password_hash FROM app_user"
            + " WHERE email = ? AND password_hash IS NOT NULL AND NOT disabled";

    private record Account(long id, String email, String name, boolean administrator, String passwordHash) {
    }

    static SecurityIdentity identity(UserAccount user, String sessionHash) {
        return identity(user.id, user.email, user.name, user.administrator, sessionHash);
    }

    private static SecurityIdentity identity(long id, String email, String name, boolean administrator,
                                             String sessionHash) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(email))
                .addRole(USER)
                .addAttribute(USER_ID, id)
                .addAttribute("name", name);
        if (administrator) {
            builder.addRole(ADMIN);
        }
        if (sessionHash != null) {
            builder.addAttribute(SESSION_HASH, sessionHash);
        }
        return builder.build();
    }
}
