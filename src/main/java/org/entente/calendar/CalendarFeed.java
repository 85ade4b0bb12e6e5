package org.entente.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.entente.platform.IdentityEntity;

import java.time.LocalDateTime;
import java.util.Optional;

/** The secret subscription address of one body or one person, kept only as a SHA-256 hash of the secret. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends IdentityEntity {

    public Long bodyId;
    public Long personId;
    public String secretHash;
    public LocalDateTime createdAt;

    static Optional<CalendarFeed> bySecretHash(String hash) {
        return find("secretHash", hash).firstResultOptional();
    }

    static Optional<CalendarFeed> of(FeedOwner owner, long id) {
        return find(owner.column + " = ?1", id).firstResultOptional();
    }
}
