package org.entente.cadence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/** A calendar in which Saturday and Sunday are the only non-working days, in every country. */
public final class WeekendsOnly implements NonWorkingDays {

    /** Saturdays and Sundays are non-working for every set of offices; every other day is a working day. */
    @Override
    public Optional<DayOff> dayOff(LocalDate date, Collection<Office> offices) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY) {
            return Optional.of(new DayOff(DayOffKind.WEEKEND, "Saturday", null));
        }
        if (day == DayOfWeek.SUNDAY) {
            return Optional.of(new DayOff(DayOffKind.WEEKEND, "Sunday", null));
        }
        return Optional.empty();
    }
}
