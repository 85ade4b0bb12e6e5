package org.entente.account;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The account API's records: what a client may read and the few fields it may send. */
public final class AccountJson {

    private AccountJson() {
    }

    /** An account as shown to its owner and to administrators; never its password hash. */
    public record User(long id, String email, String name, boolean administrator, boolean disabled,
                       boolean invitationPending, long version) {
        static User of(UserAccount u) {
            return new User(u.id, u.email, u.name, u.administrator, u.disabled, u.passwordHash == null, u.version);
        }
    }

    public record Me(User user, List<Access> alliances) {
    }

    public record Access(long allianceId, long userId, String email, String name, AccessRole role) {
        static Access of(AllianceAccess a) {
            return new Access(a.allianceId, a.user.id, a.user.email, a.user.name, a.role);
        }
    }

    public record Token(long id, String name, LocalDateTime createdAt, LocalDate lastUsedOn, LocalDateTime expiresAt,
                        String token) {
        static Token of(ApiToken t, String secret) {
            return new Token(t.id, t.name, t.createdAt, t.lastUsedOn, t.expiresAt, secret);
        }
    }

    /** Sent to create a token. {@code expiresAt}: the last day the token works (UTC); {@code expiresInDays}: or a number of days; neither: never. */
    public record NewToken(String name, LocalDate expiresAt, Integer expiresInDays) {
    }

    /** Sent to change one's own password. */
    public record PasswordChange(String current, String password) {
    }

    /** Sent by an administrator to invite someone. */
    public record NewUser(String email, String name, boolean administrator) {
    }

    /** An invitation: the account and the one-time link, shown once. */
    public record Invited(User user, String invitationUrl) {
    }

    /** Sent by an administrator to disable or enable an account. */
    public record UserChange(Boolean disabled, Long version) {
    }

    /** Sent by an administrator to give an account a role on an alliance. */
    public record Grant(String email, String role) {
    }
}
