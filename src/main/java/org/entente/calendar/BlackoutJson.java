package org.entente.calendar;

import java.time.LocalDate;

/** A blackout period in the JSON API. */
public record BlackoutJson(Long id, Long allianceId, LocalDate from, LocalDate to, String name) {

    public static BlackoutJson of(BlackoutPeriod b) {
        return new BlackoutJson(b.id, b.allianceId, b.firstDay, b.lastDay, b.name);
    }

    public BlackoutData toData() {
        return new BlackoutData(from, to, name);
    }
}
