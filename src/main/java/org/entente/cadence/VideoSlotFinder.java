package org.entente.cadence;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Picks a video meeting's start time: the cadence time if it lies inside every office's working hours, else the
 * nearest time that does, else the least inconvenient time, rotating which office gets the inconvenient slot.
 */
public final class VideoSlotFinder {

    /** Candidate start times are this many minutes apart. */
    static final int STEP_MINUTES = 15;

    /** A chosen start and whether it lies outside some office's working hours. */
    public record Slot(ZonedDateTime start, boolean inconvenient) {
    }

    private final List<Office> offices;
    private final Duration duration;
    private final ZoneId reference;
    private final ZoneId[] zones;
    private final int[] burden;

    /** A finder for one plan; it remembers whom it inconvenienced, so use one instance per plan. */
    public VideoSlotFinder(List<Office> offices, int durationMinutes, ZoneId reference) {
        this.offices = List.copyOf(offices);
        this.duration = Duration.ofMinutes(durationMinutes);
        this.reference = reference;
        this.zones = offices.stream().map(o -> ZoneId.of(o.timeZone())).toArray(ZoneId[]::new);
        this.burden = new int[offices.size()];
    }

    /**
     * The start on {@code date} (a date in the reference zone). Invariants: if {@code preferred} at the reference
     * zone is inside every office's working hours it is returned unchanged, whatever the DST regime; else the
     * convenient start nearest to it (the earlier on a tie); else, among starts whose worst office is the least
     * minutes outside its hours, the one burdening the offices inconvenienced least often so far, then the
     * nearest; that choice is flagged and counted.
     */
    public Slot find(LocalDate date, LocalTime preferred) {
        ZonedDateTime wanted = ZonedDateTime.of(date, preferred, reference);
        if (worstOutside(wanted) == 0) {
            return new Slot(wanted, false);
        }
        ZonedDateTime best = null;
        long bestKey = Long.MAX_VALUE;
        ZonedDateTime midnight = date.atStartOfDay(reference);
        for (int step = 0; step < 24 * 60 / STEP_MINUTES; step++) {
            ZonedDateTime start = midnight.plusMinutes((long) step * STEP_MINUTES);
            long distance = Math.abs(Duration.between(wanted, start).toMinutes());
            long worst = worstOutside(start);
            long key = (worst * 1_000_000L + burdenOf(start)) * 10_000L + distance;
            if (key < bestKey) {
                best = start;
                bestKey = key;
            }
        }
        boolean inconvenient = worstOutside(best) > 0;
        if (inconvenient) {
            for (int o = 0; o < offices.size(); o++) {
                burden[o] += outside(o, best) > 0 ? 1 : 0;
            }
        }
        return new Slot(best, inconvenient);
    }

    private long burdenOf(ZonedDateTime start) {
        long sum = 0;
        for (int o = 0; o < offices.size(); o++) {
            sum += outside(o, start) > 0 ? burden[o] : 0;
        }
        return Math.min(sum, 999);
    }

    private long worstOutside(ZonedDateTime start) {
        long worst = 0;
        for (int o = 0; o < offices.size(); o++) {
            worst = Math.max(worst, outside(o, start));
        }
        return worst;
    }

    /** Minutes of the meeting outside the office's working hours on the office's local date of the start. */
    private long outside(int o, ZonedDateTime start) {
        Office office = offices.get(o);
        ZonedDateTime local = start.withZoneSameInstant(zones[o]);
        ZonedDateTime open = local.with(office.workdayStart());
        ZonedDateTime close = local.with(office.workdayEnd());
        ZonedDateTime end = local.plus(duration);
        long inside = Math.max(0, Duration.between(max(local, open), min(end, close)).toMinutes());
        return duration.toMinutes() - inside;
    }

    private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static ZonedDateTime min(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
