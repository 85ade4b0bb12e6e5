package org.entente.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.entente.platform.DirectReads;
import org.entente.platform.Secrets;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.ValidationFailed;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Logging in and out, the first administrator, and changing one's own password. A login creates a server-side
 * session (only the hash of the cookie's value is stored) that ends at logout or after the absolute lifetime.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    static final String WRONG_LOGIN = "The email or password is not right.";

    /** The account an email names, if it may log in: one statement, outside any transaction. */
    static final String LOGIN = "SELECT id, email, password_hash FROM app_user"
            + " WHERE email = ? AND password_hash IS NOT NULL AND NOT disabled";

    private record Login(long id, String email, String passwordHash) {
    }

    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final SecurityAudit audit;
    private final DirectReads reads;
    private final AuthConfig config;
    private final EntityManager entities;
    private final Clock clock;

    public AccountService(Passwords passwords, LoginThrottle throttle, SecurityAudit audit, DirectReads reads,
                          AuthConfig config, EntityManager entities, Clock clock) {
        this.clock = clock;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.reads = reads;
        this.config = config;
        this.entities = entities;
    }

    /**
     * Checks the email and password and opens a session; answers the session cookie's value. The throttle is asked
     * first, and every outcome goes on the audit trail. bcrypt runs outside any transaction and holds no database
     * connection: the account is read in one statement, and the session is written in a short transaction of its
     * own afterwards, which checks again that the account may still log in with the hash that was checked.
     */
    public String logIn(String email, String password, String address) {
        Optional<Login> account = reads.first(LOGIN, row -> new Login(row.getLong(1), row.getString(2),
                row.getString(3)), UserAccount.normalise(email));
        Long id = account.map(Login::id).orElse(null);
        String known = account.map(Login::email).orElse(null);
        long wait = throttle.waitSeconds(email, address);
        if (wait > 0) {
            audit.recordApart(SecurityEvent.of(SecurityEvent.Kind.LOGIN_THROTTLED).subject(id, known).from(address)
                    .detail("retry after " + wait + " s"));
            throw new LoginRefused("Too many failed attempts from here. Try again in " + minutes(wait) + ".", wait);
        }
        if (!passwords.matches(password, account.map(Login::passwordHash).orElse(null))) {
            throttle.failed(email, address);
            audit.recordApart(SecurityEvent.of(SecurityEvent.Kind.LOGIN_FAILED).subject(id, known).from(address)
                    .detail(account.isPresent() ? "wrong password" : "no account that may log in has this email"));
            throw new LoginRefused(WRONG_LOGIN, 0);
        }
        throttle.succeeded(email, address);
        Login login = account.get();
        return QuarkusTransaction.requiringNew().call(() -> {
            UserAccount user = UserAccount.findById(login.id());
            if (user == null || !user.canLogIn() || !user.passwordHash.equals(login.passwordHash())) {
                throw new LoginRefused(WRONG_LOGIN, 0);
            }
            audit.record(SecurityEvent.of(SecurityEvent.Kind.LOGIN_SUCCEEDED).actor(user.id, user.email)
                    .subject(user.id, user.email).from(address));
            return openSession(user);
        });
    }

    /** Ends the session for good: a copy of its cookie no longer works anywhere. */
    @Transactional
    public void logOut(String sessionHash) {
        if (sessionHash != null) {
            LoginSession.delete("tokenHash", sessionHash);
            audit.record(SecurityEvent.of(SecurityEvent.Kind.LOGOUT));
        }
    }

    /** Whether the first-run setup page may still create the first administrator. */
    @Transactional
    public boolean setupOpen() {
        return entities.createNativeQuery("select count(*) from first_run").getSingleResult() instanceof Number n
                && n.longValue() == 0 && UserAccount.count() == 0;
    }

    /** Creates the first administrator from the setup page (once only) and logs them in. */
    @Transactional
    public String setUp(String email, String name, String password) {
        if (!setupOpen()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        FieldErrors errors = UserRules.check(email, name, password);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        UserAccount admin = createAdministrator(email, name, password);
        audit.record(SecurityEvent.of(SecurityEvent.Kind.FIRST_ADMINISTRATOR).actor(admin.id, admin.email)
                .subject(admin.id, admin.email).detail("set up on the first-run page"));
        return openSession(admin);
    }

    /**
     * At start-up: creates the administrator named by ENTENTE_ADMIN_EMAIL/PASSWORD when that account is missing.
     * Instances that start together may both try: the email is unique, so one insert wins and the others find the
     * account there and carry on.
     */
    void firstAdministrator(@Observes StartupEvent event) {
        if (config.adminEmail().isEmpty() || config.adminPassword().isEmpty()) {
            return;
        }
        String email = config.adminEmail().get();
        FieldErrors errors = UserRules.check(email, "Administrator", config.adminPassword().get());
        if (!errors.isEmpty()) {
            LOG.errorf("ENTENTE_ADMIN_EMAIL/ENTENTE_ADMIN_PASSWORD not used: %s", errors.ordered());
            return;
        }
        try {
            boolean created = QuarkusTransaction.requiringNew().call(() -> {
                if (UserAccount.byEmail(email).isPresent()) {
                    return false;
                }
                createAdministrator(email, "Administrator", config.adminPassword().get());
                return true;
            });
            if (created) {
                LOG.infof("Created the administrator %s from the configuration", UserAccount.normalise(email));
            }
        } catch (RuntimeException e) {
            if (!QuarkusTransaction.requiringNew().call(() -> UserAccount.byEmail(email).isPresent())) {
                throw e;
            }
            LOG.infof("The administrator %s was created by another instance", UserAccount.normalise(email));
        }
    }

    /**
     * Changes the user's own password after checking the current one; their other sessions end. Both bcrypt runs
     * happen outside the transaction, which then changes the hash only if it is still the one that was checked.
     */
    public void changePassword(long userId, String currentSessionHash, String current, String password) {
        UserAccount user = QuarkusTransaction.requiringNew().call(() ->
                Found.orNotFound(UserAccount.<UserAccount>findById(userId), "user", userId));
        FieldErrors errors = new FieldErrors();
        if (!passwords.matches(current, user.passwordHash)) {
            errors.add("current", "This is not your current password");
        }
        String problem = Passwords.problem(password, user.email);
        if (problem != null) {
            errors.add("password", problem);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        String hash = passwords.hash(password);
        QuarkusTransaction.requiringNew().run(() -> {
            UserAccount changed = UserAccount.findById(userId);
            if (changed == null || !Objects.equals(changed.passwordHash, user.passwordHash)) {
                throw ValidationFailed.of("current", "Your password was changed meanwhile; enter the new one");
            }
            changed.passwordHash = hash;
            LoginSession.delete("user.id = ?1 and tokenHash <> ?2", userId,
                    currentSessionHash == null ? "" : currentSessionHash);
            audit.record(SecurityEvent.of(SecurityEvent.Kind.PASSWORD_CHANGED).subject(changed.id, changed.email));
        });
    }

    String openSession(UserAccount user) {
        String secret = Secrets.newSecret();
        LoginSession session = new LoginSession();
        session.tokenHash = Secrets.hash(secret);
        session.user = user;
        session.createdAt = LocalDateTime.now(clock);
        session.expiresAt = session.createdAt.plus(config.sessionLifetime());
        session.persist();
        LoginSession.delete("user.id = ?1 and expiresAt <= ?2", user.id, session.createdAt);
        return secret;
    }

    private UserAccount createAdministrator(String email, String name, String password) {
        UserAccount admin = new UserAccount();
        admin.email = UserAccount.normalise(email);
        admin.name = name.strip();
        admin.passwordHash = passwords.hash(password);
        admin.administrator = true;
        admin.createdAt = LocalDateTime.now(clock);
        admin.persist();
        entities.createNativeQuery("insert ignore into first_run (id, done_at) values (1, ?1)")
                .setParameter(1, admin.createdAt).executeUpdate();
        return admin;
    }

    private static String minutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes <= 1 ? "a minute" : minutes + " minutes";
    }
}
