package org.entente.cadence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks a video meeting's start time: the cadence time if it lies inside every office's working hours on a
 * working day of every office, else the nearest time that does, else the time whose worst office is the least far
 * outside its hours, rotating the inconvenience among equally bad times: the one after which the office with the
 * most minutes outside its hours so far in the plan has the fewest. Never on a local day off of an
 * office (weekend, holiday, blackout, judged on that office's local date) while another time of the day avoids it.
 */
public final class VideoSlotFinder {

    /** Candidate start times are this many minutes apart. */
    static final int STEP_MINUTES = 15;

    /** A chosen start and whether it lies outside some office's working hours. */
    public record Slot(ZonedDateTime start, boolean inconvenient) {
    }

    private final List<Office> offices;
    private final Duration duration;
    private final int durationMinutes;
    private final ZoneId reference;
    private final ZoneId[] zones;
    /** Minutes each office has been outside its working hours so far in this plan. */
    private final long[] burden;
    /** Range of the fairness term in the ordering key. */
    private static final long FAIRNESS = 1_000_000L;
    private final NonWorkingDays calendar;
    private final Map<Long, Boolean> dayOffCache = new HashMap<>();
    private final int[] openMinute;
    private final int[] closeMinute;
    private final int[] offsetFrom;
    private final int[] offsetTo;
    /** off[o][d]: 0 unknown, 1 working day, 2 day off for office o on local epoch day {@code baseDay + d}. */
    private final byte[][] off;
    private long baseDay;

    /** A finder for one plan without a calendar of days off: only working hours count. */
    public VideoSlotFinder(List<Office> offices, int durationMinutes, ZoneId reference) {
        this(offices, durationMinutes, reference, null);
    }

    /** A finder for one plan; it remembers whom it inconvenienced, so use one instance per plan. */
    public VideoSlotFinder(List<Office> offices, int durationMinutes, ZoneId reference, NonWorkingDays calendar) {
        this.offices = List.copyOf(offices);
        this.duration = Duration.ofMinutes(durationMinutes);
        this.durationMinutes = durationMinutes;
        this.reference = reference;
        this.zones = offices.stream().map(o -> ZoneId.of(o.timeZone())).toArray(ZoneId[]::new);
        this.burden = new long[offices.size()];
        this.calendar = calendar;
        this.openMinute = offices.stream().mapToInt(o -> o.workdayStart().toSecondOfDay() / 60).toArray();
        this.closeMinute = offices.stream().mapToInt(o -> o.workdayEnd().toSecondOfDay() / 60).toArray();
        this.offsetFrom = new int[offices.size()];
        this.offsetTo = new int[offices.size()];
        this.off = new byte[offices.size()][LOCAL_DAYS];
    }

    /** Local dates an office can have during a reference day and a meeting's length: the day before to two after. */
    private static final int LOCAL_DAYS = 4;

    /**
     * The start on {@code date} (a date in the reference zone). Invariants: every start of the reference day is
     * searched in {@link #STEP_MINUTES} steps, all 23 or 25 hours of a DST day included; a start on a local day
     * off of some office is taken only when every start of the day is; if {@code preferred} is inside every
     * office's working hours it is returned unchanged, whatever the DST regime; else the convenient start nearest
     * to it (the earlier on a tie); else the start whose worst office is the fewest minutes away from its working
     * hours (minimax), among those the one after which the most minutes any office has spent outside its hours in
     * this plan are the fewest (so the worse hour alternates between offices), then the nearest; that choice is
     * flagged and its minutes counted.
     */
    public Slot find(LocalDate date, LocalTime preferred) {
        return find(date, preferred, null);
    }

    /**
     * As {@link #find(LocalDate, LocalTime)}, but keeping {@code previous} (the start this meeting had in the
     * previous plan, or null) when it is on the same reference date, the preferred time itself is not convenient
     * for everyone, and {@code previous} is no worse than the best start (days off, then the worst office's
     * distance from its working hours). So a re-plan leaves the video times of untouched meetings as they were.
     */
    public Slot find(LocalDate date, LocalTime preferred, ZonedDateTime previous) {
        ZonedDateTime wanted = ZonedDateTime.of(date, preferred, reference);
        long wantedSecond = wanted.toEpochSecond();
        long midnight = date.atStartOfDay(reference).toEpochSecond();
        long nextMidnight = date.plusDays(1).atStartOfDay(reference).toEpochSecond();
        for (int o = 0; o < offices.size(); o++) {
            offsetFrom[o] = offset(o, midnight - 86_400L);
            offsetTo[o] = offset(o, nextMidnight + 86_400L);
        }
        baseDay = date.toEpochDay() - 1;
        for (byte[] days : off) {
            java.util.Arrays.fill(days, (byte) 0);
        }
        if (worstAway(wantedSecond) == 0 && daysOff(wantedSecond) == 0) {
            return new Slot(wanted, false);
        }
        long dayMinutes = (nextMidnight - midnight) / 60;
        long best = midnight;
        long bestKey = Long.MAX_VALUE;
        int k = offices.size();
        int[] localMidnight = new int[k];
        for (int o = 0; o < k; o++) {
            localMidnight[o] = (int) (Math.floorMod(midnight + offsetFrom[o], 86_400L) / 60);
        }
        for (long minute = 0; minute < dayMinutes; minute += STEP_MINUTES) {
            long start = midnight + minute * 60;
            long worst = 0;
            long burdened = 0;
            for (int o = 0; o < k; o++) {
                long away = offsetFrom[o] == offsetTo[o]
                        ? awayAt(o, (localMidnight[o] + (int) minute) % MINUTES_PER_DAY) : away(o, start);
                worst = Math.max(worst, away);
                burdened = Math.max(burdened, away > 0 ? burden[o] + away : 0);
            }
            long prefix = Math.min(worst, 24 * 60) * FAIRNESS + Math.min(burdened, FAIRNESS - 1);
            if (prefix * 10_000L >= bestKey) {
                continue;
            }
            long key = (daysOff(start) * 2_000L * FAIRNESS + prefix) * 10_000L + Math.abs(start - wantedSecond) / 60;
            if (key < bestKey) {
                best = start;
                bestKey = key;
            }
        }
        if (previous != null && previous.withZoneSameInstant(reference).toLocalDate().equals(date)) {
            long kept = previous.toEpochSecond();
            if (quality(kept) <= quality(best)) {
                best = kept;
            }
        }
        boolean inconvenient = worstAway(best) > 0;
        if (inconvenient) {
            for (int o = 0; o < offices.size(); o++) {
                burden[o] += away(o, best);
            }
        }
        return new Slot(Instant.ofEpochSecond(best).atZone(reference), inconvenient);
    }

    private long quality(long start) {
        return daysOff(start) * 2_000L + Math.min(worstAway(start), 24 * 60);
    }

    private long worstAway(long start) {
        long worst = 0;
        for (int o = 0; o < offices.size(); o++) {
            worst = Math.max(worst, away(o, start));
        }
        return worst;
    }

    /** How many offices have a day off on their local date of the start or of the end. */
    private long daysOff(long start) {
        if (calendar == null) {
            return 0;
        }
        long count = 0;
        for (int o = 0; o < offices.size(); o++) {
            int offset = offsetAt(o, start);
            long first = Math.floorDiv(start + offset, 86_400L);
            long last = Math.floorDiv(start + duration.toSeconds() - 60 + offset, 86_400L);
            count += localDayOff(o, first) || last != first && localDayOff(o, last) ? 1 : 0;
        }
        return count;
    }

    private int offset(int o, long second) {
        return zones[o].getRules().getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
    }

    /** The office's UTC offset at {@code second}: constant over most days, so looked up only around a change. */
    private int offsetAt(int o, long second) {
        return offsetFrom[o] == offsetTo[o] ? offsetFrom[o] : offset(o, second);
    }

    private boolean localDayOff(int o, long epochDay) {
        long d = epochDay - baseDay;
        if (d < 0 || d >= LOCAL_DAYS) {
            return dayOff(o, LocalDate.ofEpochDay(epochDay));
        }
        if (off[o][(int) d] == 0) {
            off[o][(int) d] = dayOff(o, LocalDate.ofEpochDay(epochDay)) ? (byte) 2 : (byte) 1;
        }
        return off[o][(int) d] == 2;
    }

    private boolean dayOff(int o, LocalDate local) {
        return dayOffCache.computeIfAbsent(local.toEpochDay() * 64 + o,
                key -> calendar.dayOff(local, List.of(offices.get(o))).isPresent());
    }

    /**
     * How far (minutes) the meeting lies outside the office's working hours on the office's local date of the
     * start: 0 inside; else how far it starts before opening or ends after closing, whichever is more.
     */
    static long away(Office office, ZonedDateTime localStart, Duration duration) {
        ZonedDateTime open = localStart.with(office.workdayStart());
        ZonedDateTime close = localStart.with(office.workdayEnd());
        ZonedDateTime end = localStart.plus(duration);
        long early = Duration.between(localStart, open).toMinutes();
        long late = Duration.between(close, end).toMinutes();
        return Math.max(0, Math.max(early, late));
    }

    /** {@link #away(Office, ZonedDateTime, Duration)} from epoch seconds, with the offset at the start. */
    private long away(int o, long start) {
        return awayAt(o, (int) (Math.floorMod(start + offsetAt(o, start), 86_400L) / 60));
    }

    private static final int MINUTES_PER_DAY = 24 * 60;

    /** How far a meeting starting at local minute {@code local} of the day lies outside office o's hours. */
    private long awayAt(int o, int local) {
        int early = openMinute[o] - local;
        int late = local + durationMinutes - closeMinute[o];
        return Math.max(0, Math.max(early, late));
    }
}
