package org.entente.cadence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a date is a non-working day for any of a set of offices (weekend, public holiday of an
 * office's country or subdivision, or blackout); implementations outside {@code cadence} may use a holiday
 * calendar.
 */
public interface NonWorkingDays {

    /**
     * The reason {@code date} is not a working day for at least one of {@code offices}, or empty when it is a
     * working day for all of them. Must be deterministic: same arguments, same answer.
     */
    Optional<DayOff> dayOff(LocalDate date, Collection<Office> offices);

    /**
     * This calendar plus the given blackout periods; a blackout is reported only when this calendar finds no
     * other reason.
     */
    default NonWorkingDays withBlackouts(List<Blackout> blackouts) {
        List<Blackout> periods = List.copyOf(blackouts);
        return (date, offices) -> dayOff(date, offices).or(() -> periods.stream()
                .filter(b -> b.contains(date))
                .findFirst()
                .map(b -> new DayOff(DayOffKind.BLACKOUT, b.name(), null)));
    }
}
