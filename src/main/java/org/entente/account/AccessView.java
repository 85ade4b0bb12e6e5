package org.entente.account;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The read side of account pages: accounts, roles and tokens as records, each list read with one statement. */
public final class AccessView {

    private AccessView() {
    }

    /** One user with a role on an alliance, for the alliance's access page. */
    public record Member(long userId, String name, String email, AccessRole role) {
    }

    /** One alliance of the profile's user and their role there. */
    public record AllianceRole(long allianceId, String allianceName, AccessRole role) {
    }

    /** One personal API token, without its hash; expiresAt null when it works until revoked. */
    public record Token(long id, String name, LocalDate createdOn, LocalDate lastUsedOn, LocalDateTime expiresAt) {
    }

    /** The users with a role on the alliance, by name (one statement: the accounts are fetched with the roles). */
    static List<Member> members(long allianceId) {
        return AllianceAccess.forAlliance(allianceId).stream()
                .map(a -> new Member(a.user.id, a.user.name, a.user.email, a.role)).toList();
    }

    static List<Token> tokens(long userId) {
        return ApiToken.ofUser(userId).stream()
                .map(t -> new Token(t.id, t.name, t.createdAt.toLocalDate(), t.lastUsedOn, t.expiresAt)).toList();
    }
}
