package org.entente.cadence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Expands a cadence into the nominal meeting dates, before any date moves off a day off. */
final class CadenceDates {

    /** Upper limit on the meetings of one plan, so an "until" far away cannot exhaust memory. */
    static final int MAX_MEETINGS = 100_000;

    private CadenceDates() {
    }

    /**
     * The nominal dates in ascending order. Invariants: the first is on or after {@code firstDate}; there are
     * {@code count} dates, or fewer when {@code until} comes first; none is after {@code until}. A monthly cadence
     * takes the n-th (or last) weekday of every {@code every}-th month, skipping a first month whose occurrence is
     * before {@code firstDate}.
     */
    static List<LocalDate> expand(Cadence cadence) {
        int limit = cadence.count() != null ? cadence.count() : MAX_MEETINGS;
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; dates.size() < limit && i <= MAX_MEETINGS; i++) {
            LocalDate date = nth(cadence, i);
            if (cadence.until() != null && date.isAfter(cadence.until())) {
                break;
            }
            if (!date.isBefore(cadence.firstDate())) {
                dates.add(date);
            }
        }
        return dates;
    }

    private static LocalDate nth(Cadence cadence, int i) {
        if (cadence.unit() == CadenceUnit.WEEKS) {
            return cadence.firstDate().plusWeeks((long) i * cadence.every());
        }
        YearMonth month = YearMonth.from(cadence.firstDate()).plusMonths((long) i * cadence.every());
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(cadence.weekOfMonth(), cadence.weekday()));
    }
}
