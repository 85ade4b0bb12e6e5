package org.entente.calendar;

import java.time.LocalDate;

/** An office's extra day off in the JSON API. */
public record OfficeDayOffJson(Long id, Long officeId, LocalDate date, String name) {

    public static OfficeDayOffJson of(OfficeDayOff d) {
        return new OfficeDayOffJson(d.id, d.officeId, d.offDate, d.name);
    }

    public OfficeDayOffData toData() {
        return new OfficeDayOffData(officeId, date, name);
    }
}
