package org.entente.relationship;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.entente.platform.IdentityEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** That the digest of one week went to one address (lower case), so that a second run does not send it again. */
@Entity
@Table(name = "digest_sent")
public class DigestSent extends IdentityEntity {

    public LocalDate weekOf;
    public String recipient;
    public int people;
    public LocalDateTime sentAt;

    static DigestSent of(LocalDate weekOf, String recipient) {
        return find("weekOf = ?1 and recipient = ?2", weekOf, recipient.toLowerCase()).firstResult();
    }
}
