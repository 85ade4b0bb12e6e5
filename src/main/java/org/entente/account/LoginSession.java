package org.entente.account;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import org.entente.platform.IdentityEntity;

import java.time.LocalDateTime;

/**
 * A logged-in browser, found by the hash of its cookie; it ends at expiresAt whatever happens, at logout, or when it
 * was not seen for the idle timeout (lastSeenAt, refreshed by {@link Identities} at most every few minutes).
 */
@Entity
public class LoginSession extends IdentityEntity {

    public String tokenHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;
    public LocalDateTime createdAt;
    public LocalDateTime expiresAt;
    public LocalDateTime lastSeenAt;

    @PrePersist
    void seenAtLogin() {
        if (lastSeenAt == null) {
            lastSeenAt = createdAt;
        }
    }
}
