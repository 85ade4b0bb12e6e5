package org.entente.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.platform.DirectReads;
import org.entente.platform.Secrets;

import java.time.Clock;
import java.time.Duration;
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
    static final String LIVE_SESSION = "SELECT u.id, u.email, u.name, u.administrator, s.last_seen_at FROM login_session s"
            + " JOIN app_user u ON u.id = s.user_id"
            + " WHERE s.token_hash = ? AND s.expires_at > ? AND s.last_seen_at > ?"
            + " AND u.password_hash IS NOT NULL AND NOT u.disabled";
    /**
     * How stale "last seen" may get before a request refreshes it: a session is not written on every request (reads
     * stay reads), so it may end up to this much earlier than the idle timeout.
     */
    static final Duration MAX_REFRESH = Duration.ofMinutes(15);

    private final Passwords passwords;
    private final PasswordChecks checks;
    private final DirectReads reads;
    private final Clock clock;
    private final AuthConfig config;

    public Identities(Passwords passwords, PasswordChecks checks, DirectReads reads, Clock clock, AuthConfig config) {
        this.clock = clock;
        this.config = config;
        this.passwords = passwords;
        this.checks = checks;
        this.reads = reads;
    }

    /**
     * The identity of a live session's account, or null (unknown, expired, idle or logged-out session, disabled
     * account). Notes that the session was seen when that was more than {@link #refreshAfter()} ago.
     */
    public SecurityIdentity fromSession(String cookieValue) {
        String hash = Secrets.hash(cookieValue);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime[] lastSeen = new LocalDateTime[1];
        SecurityIdentity found = reads.first(LIVE_SESSION, row -> {
            lastSeen[0] = row.getTimestamp(5).toLocalDateTime();
            return identity(row.getLong(1), row.getString(2), row.getString(3), row.getBoolean(4), hash);
        }, hash, now, now.minus(config.sessionIdleTimeout())).orElse(null);
        if (found != null && lastSeen[0].isBefore(now.minus(refreshAfter()))) {
            QuarkusTransaction.requiringNew().run(() ->
                    LoginSession.update("lastSeenAt = ?1 where tokenHash = ?2", now, hash));
        }
        return found;
    }

    /** A sixteenth of the idle timeout, at most {@link #MAX_REFRESH}. */
    private Duration refreshAfter() {
        Duration sixteenth = config.sessionIdleTimeout().dividedBy(16);
        return sixteenth.compareTo(MAX_REFRESH) < 0 ? sixteenth : MAX_REFRESH;
    }

    /** The identity of an API token's account, or null; notes the day the token was last used. */
    @Transactional
    public SecurityIdentity fromToken(String token) {
        LocalDateTime now = LocalDateTime.now(clock);
        return ApiToken.byHash(Secrets.hash(token)).filter(t -> t.user.canLogIn())
                .filter(t -> t.expiresAt == null || now.isBefore(t.expiresAt)).map(t -> {
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
