package org.entente.alliance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.time.LocalTime;
import java.util.List;

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

    /** The alliance's offices with their partners, in one statement: by partner, default venue first, then by city. */
    public static List<Office> ofAlliance(long allianceId) {
        return list("select o from Office o join fetch o.partner p where p.alliance.id = ?1 "
                + "order by p.id, o.defaultVenue desc, o.city", allianceId);
    }

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
