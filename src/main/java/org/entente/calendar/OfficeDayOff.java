package org.entente.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** An extra day off of one office beyond its public holidays: a company day, a local festival. */
@Entity
@Table(name = "office_day_off")
public class OfficeDayOff extends IdentityEntity {

    public Long officeId;
    public LocalDate offDate;
    public String name;
    @Version
    public long version;

    public static List<OfficeDayOff> ofOffices(Collection<Long> officeIds) {
        return officeIds.isEmpty() ? List.of() : list("officeId in ?1 order by offDate, id", officeIds);
    }
}
