package org.entente.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.cadence.Blackout;
import org.entente.platform.IdentityEntity;

import java.time.LocalDate;
import java.util.List;

/** A period (both ends inclusive) in which no body of an alliance meets: a retreat, a year-end freeze. */
@Entity
@Table(name = "blackout")
public class BlackoutPeriod extends IdentityEntity {

    public Long allianceId;
    public LocalDate firstDay;
    public LocalDate lastDay;
    public String name;
    @Version
    public long version;

    public static List<BlackoutPeriod> ofAlliance(long allianceId) {
        return list("allianceId = ?1 order by firstDay, id", allianceId);
    }

    public Blackout toBlackout() {
        return new Blackout(firstDay, lastDay, name);
    }
}
