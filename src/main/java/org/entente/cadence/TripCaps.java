package org.entente.cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts trips and decides how a meeting that would exceed the cap on trips per partner per calendar year is
 * repaired. A trip for partner X is an IN_PERSON meeting hosted by another partner: X's people travel. A HYBRID
 * meeting is no trip, because its guests may join by video; a video meeting is no trip for anyone.
 */
final class TripCaps {

    private TripCaps() {
    }

    /**
     * The most in-person meetings (at most {@code meetings}) a calendar year can hold under per-partner caps: each
     * meeting is a trip for all partners but the host, so T meetings fit iff hosts can be counted with
     * n_x >= T - cap_x and sum n_x = T, that is iff sum max(0, T - cap_x) <= T (an interval of T, as the left
     * side grows by at least as much per step as T once two caps are passed). Equal caps c: p * c / (p - 1).
     */
    static long inPersonPerYear(int[] caps, long meetings) {
        long t = 0;
        while (t < meetings && fits(caps, t + 1)) {
            t++;
        }
        return t;
    }

    private static boolean fits(int[] caps, long t) {
        long hostsNeeded = 0;
        for (int cap : caps) {
            hostsNeeded += Math.max(0, t - cap);
        }
        return hostsNeeded <= t;
    }

    /** The partner whose trips would exceed its cap if {@code host} hosted one more meeting, or -1. */
    static int exceeded(int[] yearTrips, int host, int[] caps) {
        for (int x = 0; x < yearTrips.length; x++) {
            if (x != host && yearTrips[x] + 1 > caps[x]) {
                return x;
            }
        }
        return -1;
    }

    /**
     * Another host keeping every partner within the cap, given the year's trips so far: the partner who would
     * exceed it first, then the others by ascending id; -1 when none does.
     */
    static int rehost(int[] yearTrips, int host, int over, int[] caps) {
        if (exceeded(yearTrips, over, caps) < 0) {
            return over;
        }
        for (int h = 0; h < yearTrips.length; h++) {
            if (h != host && exceeded(yearTrips, h, caps) < 0) {
                return h;
            }
        }
        return -1;
    }

    /** Adds the trips of an in-person meeting hosted by {@code host}. */
    static void travel(int[] yearTrips, int host) {
        for (int x = 0; x < yearTrips.length; x++) {
            yearTrips[x] += x != host ? 1 : 0;
        }
    }

    /** Trips per partner per year for every partner and every year that has a meeting, ordered by year, then id. */
    static List<TripCount> count(List<LocalDate> dates, Mode[] modes, int[] hosts, List<Long> partnerIds) {
        Map<Integer, int[]> trips = new TreeMap<>();
        for (int i = 0; i < modes.length; i++) {
            int[] perPartner = trips.computeIfAbsent(dates.get(i).getYear(), y -> new int[partnerIds.size()]);
            if (modes[i] == Mode.IN_PERSON) {
                travel(perPartner, hosts[i]);
            }
        }
        List<TripCount> counts = new ArrayList<>();
        trips.forEach((year, perPartner) -> {
            for (int x = 0; x < perPartner.length; x++) {
                counts.add(new TripCount(partnerIds.get(x), year, perPartner[x]));
            }
        });
        return List.copyOf(counts);
    }
}
