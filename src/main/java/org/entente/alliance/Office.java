package org.entente.alliance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.time.LocalTime;

/** A place where a partner works and can host meetings, with its country, time zone and working hours. */
@Entity
public class Office extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Partner partner;
    public String city;
    public String country;
    public String subdivision;
    public String timeZone;
    public LocalTime workdayStart;
    public LocalTime workdayEnd;
    public boolean defaultVenue;
    @Version
    public long version;

    public void apply(OfficeData data) {
        city = data.city();
        country = data.country();
        subdivision = data.subdivision();
        timeZone = data.timeZone();
        workdayStart = data.workdayStart();
        workdayEnd = data.workdayEnd();
        defaultVenue = data.defaultVenue();
    }

    public String label() {
        return city + ", " + country + (subdivision == null ? "" : "-" + subdivision);
    }
}
