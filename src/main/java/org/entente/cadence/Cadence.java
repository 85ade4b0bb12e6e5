package org.entente.cadence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When a body meets: every {@code every} weeks from {@code firstDate}, or every {@code every} months on the
 * {@code weekOfMonth}-th {@code weekday} (-1 = last), for {@code count} meetings or until {@code until}, at
 * {@code localTime} in {@code timeZone} for {@code durationMinutes}.
 *
 * @param weekday     only for {@link CadenceUnit#MONTHS}
 * @param weekOfMonth only for {@link CadenceUnit#MONTHS}: 1..4 or -1 for the last
 * @param count       number of meetings, or null when {@code until} is given; if both are given the first reached wins
 */
public record Cadence(int every, CadenceUnit unit, DayOfWeek weekday, Integer weekOfMonth, LocalDate firstDate,
                      Integer count, LocalDate until, LocalTime localTime, int durationMinutes, String timeZone) {

    /** A weekly-based cadence of {@code count} meetings; convenient for callers and tests. */
    public static Cadence everyWeeks(int every, LocalDate firstDate, int count, LocalTime localTime,
                                     int durationMinutes, String timeZone) {
        return new Cadence(every, CadenceUnit.WEEKS, null, null, firstDate, count, null, localTime,
                durationMinutes, timeZone);
    }
}
