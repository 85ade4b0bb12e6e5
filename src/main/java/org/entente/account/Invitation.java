package org.entente.account;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.entente.platform.IdentityEntity;

import java.time.LocalDateTime;
import java.util.Optional;

/** A one-time link that lets an invited user choose a password; it is deleted when used. */
@Entity
public class Invitation extends IdentityEntity {

    public String tokenHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;
    public LocalDateTime createdAt;
    public LocalDateTime expiresAt;

    /** The full address of the invitation page for a secret, at the configured site address (never the Host header). */
    public static String link(org.entente.web.SiteAddress site, String secret) {
        return site.of("/invitations/" + secret);
    }

    public static Optional<Invitation> open(String tokenHash, LocalDateTime now) {
        return find("select i from Invitation i join fetch i.user where i.tokenHash = ?1 and i.expiresAt > ?2",
                tokenHash, now).firstResultOptional();
    }
}
