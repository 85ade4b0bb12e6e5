package org.entente.cadence;

import java.time.LocalDate;

/** A period (both ends inclusive) in which a body does not meet. */
public record Blackout(LocalDate from, LocalDate to, String name) {

    /** Whether {@code date} lies inside this period, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
