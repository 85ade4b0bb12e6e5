package org.entente.account;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.entente.platform.IdentityEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A personal API token: a script sends it as {@code Authorization: Bearer}; only its hash is stored. It works until
 * revoked, until its optional expiry, or until its account is disabled (which deletes it).
 */
@Entity
public class ApiToken extends IdentityEntity {

    public String tokenHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;
    public String name;
    public LocalDateTime createdAt;
    public LocalDate lastUsedOn;
    /** Null: works until revoked. */
    public LocalDateTime expiresAt;

    public static Optional<ApiToken> byHash(String tokenHash) {
        return find("select t from ApiToken t join fetch t.user where t.tokenHash = ?1", tokenHash).firstResultOptional();
    }

    public static List<ApiToken> ofUser(long userId) {
        return list("user.id = ?1 order by createdAt desc", userId);
    }
}
