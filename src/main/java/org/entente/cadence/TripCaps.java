package org.entente.cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts trips and turns the caps on trips per partner per calendar year into the constraints of the searches
 * (most in-person meetings per year, least meetings each partner hosts) or, with hybrid meetings allowed, into
 * hybrid meetings. A trip for partner X is an IN_PERSON meeting hosted by another partner: X's people travel. A HYBRID
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
     * The most travel meetings per calendar year: what the caps allow in person ({@link TripCaps#inPersonPerYear})
     * plus the year's locked hybrid meetings, at least the year's forced travel meetings (they stay).
     */
    static SegmentLimit yearlyTravel(List<LocalDate> dates, int[] caps, int[] travelForced, boolean[] hybrid) {
        int n = dates.size();
        int[] segmentOf = new int[n];
        Map<Integer, Integer> meetings = new HashMap<>();
        Map<Integer, Integer> forcedTravel = new HashMap<>();
        Map<Integer, Integer> lockedHybrid = new HashMap<>();
        int first = n == 0 ? 0 : dates.get(0).getYear();
        int years = n == 0 ? 0 : dates.get(n - 1).getYear() - first + 1;
        for (int i = 0; i < n; i++) {
            int year = dates.get(i).getYear();
            segmentOf[i] = year - first;
            meetings.merge(year, 1, Integer::sum);
            forcedTravel.merge(year, travelForced[i] == TravelLevel.TRAVEL ? 1 : 0, Integer::sum);
            lockedHybrid.merge(year, hybrid[i] ? 1 : 0, Integer::sum);
        }
        long[] most = new long[years];
        for (int y = 0; y < years; y++) {
            int year = first + y;
            int count = meetings.getOrDefault(year, 0);
            most[y] = Math.max(inPersonPerYear(caps, count) + lockedHybrid.getOrDefault(year, 0),
                    forcedTravel.getOrDefault(year, 0));
        }
        return new SegmentLimit(segmentOf, most);
    }

    /** Marks as HYBRID, year by year in date order, each free hosted meeting that would take a partner over its cap. */
    static void hybrids(List<LocalDate> dates, int[] caps, Mode[] modes, int[] hosts, boolean[] forced) {
        Map<Integer, int[]> trips = new HashMap<>();
        for (int i = 0; i < modes.length; i++) {
            if (modes[i] == Mode.IN_PERSON && forced[i]) {
                travel(trips.computeIfAbsent(dates.get(i).getYear(), y -> new int[caps.length]), hosts[i]);
            }
        }
        for (int i = 0; i < modes.length; i++) {
            if (modes[i] != Mode.IN_PERSON || forced[i]) {
                continue;
            }
            int[] yearTrips = trips.computeIfAbsent(dates.get(i).getYear(), y -> new int[caps.length]);
            if (exceeded(yearTrips, hosts[i], caps) >= 0) {
                modes[i] = Mode.HYBRID;
            } else {
                travel(yearTrips, hosts[i]);
            }
        }
    }

    /** Reports each partner and year over its cap: only locked meetings or the launch can cause that. */
    static void reportForced(List<LocalDate> dates, List<Long> partnerIds, int[] caps, Mode[] modes, int[] hosts,
                             boolean[] forced, java.util.Set<Integer> locked, List<BrokenRule> broken) {
        List<TripCount> counts = count(dates, modes, hosts, partnerIds);
        for (TripCount count : counts) {
            int x = partnerIds.indexOf(count.partnerId());
            if (count.trips() <= caps[x]) {
                continue;
            }
            Integer sequence = null;
            String what = "locked meetings or the launch";
            for (int i = 0; i < modes.length && sequence == null; i++) {
                if (dates.get(i).getYear() == count.year() && modes[i] == Mode.IN_PERSON && hosts[i] != x
                        && forced[i]) {
                    sequence = i + 1;
                    what = locked.contains(i) ? "locked meetings" : "the launch";
                }
            }
            broken.add(new BrokenRule("policy.tripsPerPartnerPerYear", sequence, "partner " + count.partnerId()
                    + " exceeds its cap of " + caps[x] + " trips in " + count.year() + " with " + count.trips()
                    + " because " + what + " must stay in person"));
        }
    }

    /**
     * The least number of a year's in-person meetings each partner must host: T − cap_x of T (each meeting another
     * partner hosts is a trip for x), lowered, largest shortfall first (then lowest index), until the free meetings
     * can make up what the forced hosts leave; {@code inPerson[y]}, {@code forcedHosts[y][x]}, {@code free[y]} per
     * year.
     */
    static long[][] leastHosted(int[] caps, long[] inPerson, long[][] forcedHosts, long[] free) {
        int years = inPerson.length;
        int k = caps.length;
        long[][] least = new long[years][k];
        for (int y = 0; y < years; y++) {
            long deficit = 0;
            for (int x = 0; x < k; x++) {
                least[y][x] = Math.max(0, inPerson[y] - caps[x]);
                deficit += Math.max(0, least[y][x] - forcedHosts[y][x]);
            }
            while (deficit > free[y]) {
                int most = 0;
                for (int x = 1; x < k; x++) {
                    most = least[y][x] - forcedHosts[y][x] > least[y][most] - forcedHosts[y][most] ? x : most;
                }
                least[y][most]--;
                deficit--;
            }
        }
        return least;
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
