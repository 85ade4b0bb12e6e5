package org.entente.relationship;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

/** A person's own keep-in-touch cadence ({@code months} null: the default of their stance) and owner on our side. */
@Entity
@Table(name = "keep_in_touch")
public class KeepInTouch extends IdentityEntity {

    public Long personId;
    public Integer months;
    public Long ownerId;
    @Version
    public long version;

    static KeepInTouch ofPerson(long personId) {
        return find("personId", personId).firstResult();
    }
}
