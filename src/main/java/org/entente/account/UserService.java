package org.entente.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.entente.platform.Secrets;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.StaleEdit;
import org.entente.web.ValidationFailed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What administrators do with accounts (invite, disable, give access to alliances) and what each user does with
 * their own API tokens. An invitation creates the account without a password and a one-time link to choose one.
 */
@ApplicationScoped
public class UserService {

    /** The longest a token may be made to last when it has an expiry (ten years). */
    static final int MAX_TOKEN_DAYS = 3650;

    private final Passwords passwords;
    private final AccountService accounts;
    private final SecurityAudit audit;
    private final AuthConfig config;
    private final EntityManager entities;
    private final Clock clock;

    public UserService(Passwords passwords, AccountService accounts, SecurityAudit audit, AuthConfig config,
                       EntityManager entities, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        this.passwords = passwords;
        this.accounts = accounts;
        this.config = config;
        this.entities = entities;
    }

    /** An invited account and the secret of its one-time link, which the caller shows once. */
    public record Invited(UserAccount user, String secret) {
    }

    /** A new API token and its secret, which the caller shows once. */
    public record IssuedToken(ApiToken token, String secret) {
    }

    public List<UserAccount> list() {
        return UserAccount.listByName();
    }

    public UserAccount get(long id) {
        return Found.orNotFound(UserAccount.findById(id), "user", id);
    }

    @Transactional
    public Invited invite(String email, String name, boolean administrator) {
        FieldErrors errors = UserRules.checkIdentity(email, name);
        if (!errors.has("email") && UserAccount.byEmail(email).isPresent()) {
            errors.conflict("email", "There is already an account with this email");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        UserAccount user = new UserAccount();
        user.email = UserAccount.normalise(email);
        user.name = name.strip();
        user.administrator = administrator;
        user.createdAt = LocalDateTime.now(clock);
        user.persist();
        audit.record(SecurityEvent.of(SecurityEvent.Kind.INVITATION_CREATED).subject(user.id, user.email)
                .detail(administrator ? "as administrator" : null));
        return new Invited(user, newInvitation(user));
    }

    /** A new link for an account that has not chosen a password yet; earlier links stop working. */
    @Transactional
    public Invited reinvite(long userId) {
        UserAccount user = get(userId);
        if (user.passwordHash != null) {
            throw ValidationFailed.of("user", "This account has a password already; it needs no invitation");
        }
        audit.record(SecurityEvent.of(SecurityEvent.Kind.INVITATION_CREATED).subject(user.id, user.email)
                .detail("a new link; earlier links stop working"));
        return new Invited(user, newInvitation(user));
    }

    /** The account an invitation link is for; 404 for an unknown, used or expired link. */
    @Transactional
    public UserAccount invited(String secret) {
        return Invitation.open(Secrets.hash(secret), LocalDateTime.now(clock)).map(i -> i.user)
                .orElseThrow(NotFoundException::new);
    }

    /** Sets the invited account's password, uses up the link and logs the user in (answers the session cookie). */
    @Transactional
    public String acceptInvitation(String secret, String password) {
        Invitation invitation = Invitation.open(Secrets.hash(secret), LocalDateTime.now(clock))
                .orElseThrow(NotFoundException::new);
        UserAccount user = invitation.user;
        String problem = Passwords.problem(password, user.email);
        if (problem != null) {
            throw ValidationFailed.of("password", problem);
        }
        user.passwordHash = passwords.hash(password);
        Invitation.delete("user.id", user.id);
        audit.record(SecurityEvent.of(SecurityEvent.Kind.INVITATION_ACCEPTED).actor(user.id, user.email)
                .subject(user.id, user.email));
        return accounts.openSession(user);
    }

    /**
     * Disables or enables an account. Disabling ends its sessions and deletes its API tokens at once, so enabling it
     * again revives neither: the person logs in afresh and makes new tokens. Nobody disables themselves.
     */
    @Transactional
    public UserAccount setDisabled(long userId, boolean disabled, Long version, long actingUserId) {
        UserAccount user = get(userId);
        StaleEdit.check("The account", user.version, version);
        if (disabled && userId == actingUserId) {
            throw ValidationFailed.of("disabled", "You cannot disable your own account");
        }
        user.disabled = disabled;
        if (disabled) {
            LoginSession.delete("user.id", userId);
            ApiToken.delete("user.id", userId);
        }
        entities.flush();
        audit.record(SecurityEvent.of(disabled ? SecurityEvent.Kind.ACCOUNT_DISABLED : SecurityEvent.Kind.ACCOUNT_ENABLED)
                .subject(user.id, user.email));
        return user;
    }

    /** Gives the account with this email a role on the alliance (replacing any role it had there). */
    @Transactional
    public AllianceAccess grant(long allianceId, String email, AccessRole role) {
        FieldErrors errors = new FieldErrors();
        UserAccount user = email == null || email.isBlank() ? null : UserAccount.byEmail(email).orElse(null);
        if (user == null) {
            errors.add("email", "There is no account with this email; invite the person first");
        }
        if (role == null) {
            errors.add("role", "Choose a role");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        audit.record(SecurityEvent.of(SecurityEvent.Kind.ROLE_GRANTED).subject(user.id, user.email)
                .record("alliance", allianceId).detail(role.name()));
        return AllianceAccess.give(user, allianceId, role);
    }

    /** Takes the account's access to the alliance away; true when it had any. */
    @Transactional
    public boolean revoke(long allianceId, long userId) {
        boolean had = AllianceAccess.delete("user.id = ?1 and allianceId = ?2", userId, allianceId) > 0;
        if (had) {
            UserAccount user = UserAccount.findById(userId);
            audit.record(SecurityEvent.of(SecurityEvent.Kind.ROLE_REMOVED).subject(userId, user == null ? null : user.email)
                    .record("alliance", allianceId));
        }
        return had;
    }

    /** A new API token for the user that works until revoked; answers the token and its secret, shown once. */
    @Transactional
    public IssuedToken createToken(long userId, String name) {
        return createToken(userId, name, null, null);
    }

    /**
     * A new API token for the user; answers the token and its secret, which is shown once. It expires at the end of
     * the day {@code expiresOn} (UTC) or {@code expiresInDays} days from now, whichever is given (neither: never).
     */
    @Transactional
    public IssuedToken createToken(long userId, String name, LocalDate expiresOn, Integer expiresInDays) {
        FieldErrors errors = new FieldErrors();
        if (name == null || name.isBlank()) {
            errors.add("name", "Name the token after the script or tool that uses it");
        } else if (name.strip().length() > 80) {
            errors.add("name", "Use at most 80 characters");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime expiresAt = null;
        if (expiresOn != null && expiresInDays != null) {
            errors.add("expiresAt", "Give either an expiry date or a number of days, not both");
        } else if (expiresInDays != null) {
            if (expiresInDays < 1 || expiresInDays > MAX_TOKEN_DAYS) {
                errors.add("expiresInDays", "Give a number of days from 1 to " + MAX_TOKEN_DAYS + ", or none");
            } else {
                expiresAt = now.plusDays(expiresInDays);
            }
        } else if (expiresOn != null) {
            if (!expiresOn.isAfter(now.toLocalDate()) || expiresOn.isAfter(now.toLocalDate().plusDays(MAX_TOKEN_DAYS))) {
                errors.add("expiresAt", "Choose a day after today and within " + MAX_TOKEN_DAYS + " days");
            } else {
                expiresAt = expiresOn.plusDays(1).atStartOfDay();
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        ApiToken token = new ApiToken();
        String secret = Secrets.newSecret();
        token.tokenHash = Secrets.hash(secret);
        token.user = get(userId);
        token.name = name.strip();
        token.createdAt = now;
        token.expiresAt = expiresAt;
        token.persist();
        audit.record(SecurityEvent.of(SecurityEvent.Kind.TOKEN_CREATED).subject(userId, token.user.email)
                .record("token", token.id).detail(token.name));
        return new IssuedToken(token, secret);
    }

    public List<ApiToken> tokens(long userId) {
        return ApiToken.ofUser(userId);
    }

    /** Revokes one of the user's own tokens; 404 when it is not theirs. */
    @Transactional
    public void revokeToken(long userId, long tokenId) {
        if (ApiToken.delete("id = ?1 and user.id = ?2", tokenId, userId) == 0) {
            throw new NotFoundException();
        }
        audit.record(SecurityEvent.of(SecurityEvent.Kind.TOKEN_REVOKED).subject(userId, null).record("token", tokenId));
    }

    private String newInvitation(UserAccount user) {
        Invitation.delete("user.id", user.id);
        Invitation invitation = new Invitation();
        String secret = Secrets.newSecret();
        invitation.tokenHash = Secrets.hash(secret);
        invitation.user = user;
        invitation.createdAt = LocalDateTime.now(clock);
        invitation.expiresAt = invitation.createdAt.plus(config.invitationLifetime());
        invitation.persist();
        return secret;
    }
}
