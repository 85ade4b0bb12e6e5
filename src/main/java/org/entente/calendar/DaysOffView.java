package org.entente.calendar;

import java.time.LocalDate;

/** The rows of an alliance's days-off page. */
public final class DaysOffView {

    private DaysOffView() {
    }

    /** A blackout period of the whole alliance, first and last day inclusive. */
    public record Blackout(long id, LocalDate firstDay, LocalDate lastDay, String name) {

        static Blackout of(BlackoutPeriod b) {
            return new Blackout(b.id, b.firstDay, b.lastDay, b.name);
        }
    }

    /** An extra day off of one office, with the office's label. */
    public record OfficeDay(long id, LocalDate offDate, String office, String name) {
    }
}
