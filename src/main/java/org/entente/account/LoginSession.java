package org.entente.account;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.entente.web.IdentityEntity;

import java.time.LocalDateTime;
import java.util.Optional;

/** A logged-in browser, found by the hash of its cookie; it ends at expiresAt whatever happens, or at logout. */
@Entity
public class LoginSession extends IdentityEntity {

    public String tokenHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;
    public LocalDateTime createdAt;
    public LocalDateTime expiresAt;

    /** The live session with its user, in one statement. */
    public static Optional<LoginSession> live(String tokenHash, LocalDateTime now) {
        return find("select s from LoginSession s join fetch s.user where s.tokenHash = ?1 and s.expiresAt > ?2",
                tokenHash, now).firstResultOptional();
    }
}
