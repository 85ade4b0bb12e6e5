package org.entente;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The date the tests run on: the application's clock is pinned to {@link #START} ({@code entente.clock.start} in the
 * test profile), whatever the machine's date. Run the suite on another day with {@code -Dentente.test.now=...}.
 * Test data written for the default day is moved with {@link #date(String)} so that it keeps its distance to today.
 */
public final class TestClock {

    /** The day the fixed dates in the tests were written for: a Monday. */
    public static final LocalDate WRITTEN_FOR = LocalDate.of(2026, 12, 7);
    public static final Instant START = Instant.parse(System.getProperty("entente.test.now", "2026-12-07T09:00:00Z"));
    /** Runs from {@link #START} like the application's clock, so both agree to within the start-up time. */
    public static final Clock CLOCK = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), START));

    private TestClock() {
    }

    /** Today for the application under test (UTC). */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    /** Now for the application under test (UTC), to within the application's start-up time. */
    public static LocalDateTime nowUtc() {
        return LocalDateTime.now(CLOCK);
    }

    /**
     * A date of the test data, written as if today were {@link #WRITTEN_FOR}, moved by whole weeks to the pinned
     * today: the weekday stays, and so does the distance to today (within a week).
     */
    public static LocalDate date(String written) {
        long weeks = ChronoUnit.WEEKS.between(WRITTEN_FOR, today());
        return LocalDate.parse(written).plusWeeks(weeks);
    }

    /**
     * A date of the test data that matters for its place in the calendar (a clock change, a holiday): the same month,
     * day and weekday in the first year in which it lies more than a week ahead of today. The month's Sundays fall as
     * in the year it was written for, so clock changes and weekday holidays keep their distance to it.
     */
    public static LocalDate sameSeasonAhead(String written) {
        LocalDate date = LocalDate.parse(written);
        LocalDate moved = date;
        for (int years = 1; !moved.isAfter(today().plusWeeks(1)) || moved.getDayOfWeek() != date.getDayOfWeek(); years++) {
            moved = date.plusYears(years);
        }
        return moved;
    }

    /** {@link #date(String)} as ISO text, for JSON and form fields. */
    public static String day(String written) {
        return date(written).toString();
    }
}
