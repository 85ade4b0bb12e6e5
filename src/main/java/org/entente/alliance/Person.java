package org.entente.alliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.time.LocalDateTime;

/** Someone in a partner organisation who takes part in the alliance. */
@Entity
public class Person extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Partner partner;
    public String name;
    public String email;
    public String title;
    public String roles;
    @Enumerated(EnumType.STRING)
    public Stance stance;
    public String notes;
    /** When the person was added (keep-in-touch counts from it until the first interaction); set from the one clock. */
    @Column(updatable = false)
    public LocalDateTime createdAt;
    @Version
    public long version;

    public static boolean emailTaken(Partner partner, String email, Long exceptId) {
        return count("partner = ?1 and lower(email) = lower(?2) and id <> ?3",
                partner, email, exceptId == null ? -1L : exceptId) > 0;
    }

    public void apply(PersonData data) {
        name = data.name();
        email = data.email();
        title = data.title();
        roles = data.roles();
        stance = data.stance();
        notes = data.notes();
    }
}
