package org.entente.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.entente.platform.IdentityEntity;

import java.util.List;
import java.util.Optional;

/** One user's role on one alliance. */
@Entity
public class AllianceAccess extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;
    public long allianceId;
    @Enumerated(EnumType.STRING)
    public AccessRole role;

    /** Gives the user this role on the alliance, replacing any role they had there. */
    public static AllianceAccess give(UserAccount user, long allianceId, AccessRole role) {
        AllianceAccess access = of(user.id, allianceId).orElseGet(AllianceAccess::new);
        access.user = user;
        access.allianceId = allianceId;
        access.role = role;
        access.persist();
        return access;
    }

    public static Optional<AllianceAccess> of(long userId, long allianceId) {
        return find("user.id = ?1 and allianceId = ?2", userId, allianceId).firstResultOptional();
    }

    /** The users with a role on the alliance, with their accounts, ordered by name. */
    public static List<AllianceAccess> forAlliance(long allianceId) {
        return find("select a from AllianceAccess a join fetch a.user u where a.allianceId = ?1 order by u.name, u.email",
                allianceId).list();
    }

    public static List<AllianceAccess> forUser(long userId) {
        return list("user.id", userId);
    }
}
