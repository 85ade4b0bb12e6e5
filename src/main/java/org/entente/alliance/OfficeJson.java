package org.entente.alliance;

import java.time.LocalTime;

/** An office in the JSON API. */
public record OfficeJson(Long id, Long partnerId, String city, String country, String subdivision, String timeZone,
                         LocalTime workdayStart, LocalTime workdayEnd, Boolean defaultVenue, Long version) {

    public static OfficeJson of(Office o) {
        return new OfficeJson(o.id, o.partner.id, o.city, o.country, o.subdivision, o.timeZone, o.workdayStart,
                o.workdayEnd, o.defaultVenue, o.version);
    }

    /** Working hours default to 09:00–17:00 when the client leaves them out. */
    public OfficeData toData() {
        return new OfficeData(city, country, subdivision, timeZone,
                workdayStart == null ? LocalTime.of(9, 0) : workdayStart,
                workdayEnd == null ? LocalTime.of(17, 0) : workdayEnd, Boolean.TRUE.equals(defaultVenue));
    }
}
