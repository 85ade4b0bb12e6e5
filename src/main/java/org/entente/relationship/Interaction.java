package org.entente.relationship;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.time.LocalDate;
import java.util.List;

/**
 * One contact with a person (a call, a dinner, a tip sent …); the latest resets their keep-in-touch clock. One logged
 * from a held meeting carries the meeting's uid.
 */
@Entity
@Table(name = "interaction")
public class Interaction extends IdentityEntity {

    public Long personId;
    @Enumerated(EnumType.STRING)
    public InteractionKind kind;
    public LocalDate date;
    public String note;
    /** The held meeting it was logged from; null for one logged by hand. */
    public String meetingUid;
    @Version
    public long version;

    /** Newest first; the same day, the one logged last first. */
    static List<Interaction> ofPerson(long personId) {
        return list("personId = ?1 order by date desc, id desc", personId);
    }

    static List<Interaction> ofMeeting(String meetingUid) {
        return list("meetingUid", meetingUid);
    }

    /** Whether it was logged from a held meeting (and is kept in step with that meeting's attendance). */
    public boolean fromMeeting() {
        return meetingUid != null;
    }
}
