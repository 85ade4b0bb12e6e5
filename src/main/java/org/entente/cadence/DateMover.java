package org.entente.cadence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Moves meeting dates off weekends, holidays and blackouts to the nearest allowed day. */
final class DateMover {

    /** How far (in days) a date may move at most; beyond that the day off is kept and reported. */
    static final int MAX_SHIFT = 7;

    /** The date a meeting ends up on, with the move or the broken rule that explains it. */
    record Placed(LocalDate date, DateMove move, BrokenRule broken) {
    }

    private final NonWorkingDays calendar;
    private final List<Office> offices;

    DateMover(NonWorkingDays calendar, List<Office> offices) {
        this.calendar = calendar;
        this.offices = offices;
    }

    /**
     * Places every meeting. Invariants: a locked meeting keeps its date; every other date is a working day for
     * all offices unless no allowed day exists within {@link #MAX_SHIFT} days (then it stays and is reported); a
     * moved date stays strictly between its neighbours, so order is kept and no two meetings share a day; among
     * allowed days the same ISO week wins, then the nearest, then the later.
     *
     * @param lockedDates locked meetings' dates by 0-based index
     */
    List<Placed> place(List<LocalDate> nominal, Map<Integer, LocalDate> lockedDates) {
        int n = nominal.size();
        Set<LocalDate> taken = new HashSet<>(lockedDates.values());
        List<Placed> placed = new ArrayList<>(n);
        LocalDate previous = LocalDate.MIN;
        for (int i = 0; i < n; i++) {
            LocalDate locked = lockedDates.get(i);
            if (locked != null) {
                placed.add(new Placed(locked, null, null));
                previous = locked;
                continue;
            }
            LocalDate wanted = nominal.get(i);
            LocalDate next = i + 1 < n ? lockedDates.getOrDefault(i + 1, nominal.get(i + 1)) : LocalDate.MAX;
            Optional<DayOff> off = calendar.dayOff(wanted, offices);
            if (off.isEmpty() && !taken.contains(wanted) && wanted.isAfter(previous) && wanted.isBefore(next)) {
                placed.add(new Placed(wanted, null, null));
            } else {
                placed.add(move(i, wanted, off.orElse(null), previous, next, taken));
            }
            taken.add(placed.get(i).date());
            previous = placed.get(i).date();
        }
        return placed;
    }

    private Placed move(int i, LocalDate wanted, DayOff reason, LocalDate after, LocalDate before,
                        Set<LocalDate> taken) {
        LocalDate monday = wanted.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Comparator<LocalDate> preference = Comparator
                .comparing((LocalDate d) -> !d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).equals(monday))
                .thenComparing(d -> Math.abs(ChronoUnit.DAYS.between(wanted, d)))
                .thenComparing(Comparator.reverseOrder());
        List<LocalDate> candidates = new ArrayList<>();
        for (int shift = -MAX_SHIFT; shift <= MAX_SHIFT; shift++) {
            LocalDate d = wanted.plusDays(shift);
            if (shift != 0 && d.isAfter(after) && d.isBefore(before) && !taken.contains(d)
                    && calendar.dayOff(d, offices).isEmpty()) {
                candidates.add(d);
            }
        }
        DayOff why = reason != null ? reason : new DayOff(DayOffKind.BLACKOUT, "another meeting of this body on that day", null);
        return candidates.stream().min(preference)
                .map(d -> new Placed(d, new DateMove(i + 1, wanted, d, why), null))
                .orElseGet(() -> new Placed(wanted, null, new BrokenRule("nonWorkingDays", i + 1,
                        "no allowed day within " + MAX_SHIFT + " days of " + wanted + " (" + why.name() + ")")));
    }
}
