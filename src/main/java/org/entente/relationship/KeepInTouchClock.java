package org.entente.relationship;

import org.entente.alliance.Stance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Decides when a person is next due for contact: the cadence (their own months, else their alliance's default for
 * their stance, else the built-in default) counted from the latest interaction of any kind, or from the day they
 * were added when nobody has been in touch yet. Overdue after the due date, due soon within {@value #DUE_SOON_DAYS}
 * days of it (the due date itself included), on track before that.
 */
public final class KeepInTouchClock {

    public static final int DUE_SOON_DAYS = 30;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 24;

    private KeepInTouchClock() {
    }

    /** The clock of one person on a given day. */
    public record Due(LocalDate countedFrom, int months, LocalDate dueDate, long daysLeft, KeepInTouchStatus status) {
    }

    /** The built-in default cadence of a stance, in months: decision-makers and skeptics 3, others 6. */
    public static int builtInMonths(Stance stance) {
        return switch (stance) {
            case DECISION_MAKER, SKEPTIC -> 3;
            case TRAILBLAZER, UNKNOWN -> 6;
        };
    }

    /** The months that apply: the person's own, else the alliance's default for the stance, else the built-in one. */
    public static int months(Integer own, Stance stance, Map<Stance, Integer> allianceDefaults) {
        if (own != null) {
            return own;
        }
        Integer byAlliance = allianceDefaults.get(stance);
        return byAlliance != null ? byAlliance : builtInMonths(stance);
    }

    /**
     * The clock counted from {@code countedFrom}: the latest interaction of any kind, or the day the person was added
     * when there is none ({@link KeepInTouchViews} reads both in one query).
     */
    public static Due dueFrom(LocalDate countedFrom, int months, LocalDate today) {
        LocalDate dueDate = countedFrom.plusMonths(months);
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        return new Due(countedFrom, months, dueDate, daysLeft, status(daysLeft));
    }

    public static KeepInTouchStatus status(long daysLeft) {
        if (daysLeft < 0) {
            return KeepInTouchStatus.OVERDUE;
        }
        return daysLeft <= DUE_SOON_DAYS ? KeepInTouchStatus.DUE_SOON : KeepInTouchStatus.ON_TRACK;
    }
}
