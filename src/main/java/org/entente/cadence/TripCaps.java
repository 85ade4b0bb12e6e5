package org.entente.cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts trips and finds where the cap on trips per partner per calendar year is exceeded. A trip for partner X
 * is an IN_PERSON meeting hosted by another partner: X's people travel. A HYBRID meeting is no trip, because its
 * guests may join by video; a video meeting is no trip for anyone.
 */
final class TripCaps {

    /** Meeting {@code index} is the first at which {@code partner} exceeds the cap in {@code year}. */
    record Violation(int index, int partner, int year) {
    }

    private TripCaps() {
    }

    /**
     * The first meeting, in date order, at which some partner's trips in that year exceed {@code cap}, skipping
     * meetings in {@code skip} (their trips still count), or null when the cap holds everywhere else.
     */
    static Violation firstViolation(List<LocalDate> dates, Mode[] modes, int[] hosts, int partners, int cap,
                                    Set<Integer> skip) {
        Map<Integer, int[]> trips = new TreeMap<>();
        for (int i = 0; i < modes.length; i++) {
            if (modes[i] != Mode.IN_PERSON) {
                continue;
            }
            int year = dates.get(i).getYear();
            int[] perPartner = trips.computeIfAbsent(year, y -> new int[partners]);
            for (int x = 0; x < partners; x++) {
                if (x != hosts[i] && ++perPartner[x] > cap && !skip.contains(i)) {
                    return new Violation(i, x, year);
                }
            }
        }
        return null;
    }

    /**
     * A host for the violating meeting that keeps every partner within the cap for that year so far: the partner
     * who exceeded it first, then the others by ascending id; -1 when none does.
     */
    static int rehost(Violation v, List<LocalDate> dates, Mode[] modes, int[] hosts, int partners, int cap) {
        int[] trips = new int[partners];
        for (int i = 0; i < v.index(); i++) {
            if (modes[i] == Mode.IN_PERSON && dates.get(i).getYear() == v.year()) {
                for (int x = 0; x < partners; x++) {
                    trips[x] += x != hosts[i] ? 1 : 0;
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        order.add(v.partner());
        for (int x = 0; x < partners; x++) {
            if (x != v.partner()) {
                order.add(x);
            }
        }
        for (int h : order) {
            boolean fits = h != hosts[v.index()];
            for (int x = 0; x < partners && fits; x++) {
                fits = x == h || trips[x] + 1 <= cap;
            }
            if (fits) {
                return h;
            }
        }
        return -1;
    }

    /** Trips per partner per year for every partner and every year that has a meeting, ordered by year, then id. */
    static List<TripCount> count(List<LocalDate> dates, Mode[] modes, int[] hosts, List<Long> partnerIds) {
        Map<Integer, int[]> trips = new TreeMap<>();
        for (int i = 0; i < modes.length; i++) {
            int[] perPartner = trips.computeIfAbsent(dates.get(i).getYear(), y -> new int[partnerIds.size()]);
            for (int x = 0; x < partnerIds.size() && modes[i] == Mode.IN_PERSON; x++) {
                perPartner[x] += x != hosts[i] ? 1 : 0;
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
