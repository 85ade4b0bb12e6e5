package org.entente.cadence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first level, "who travels": decides for each meeting whether people travel (in person or hybrid) or meet
 * on video, in proportion to the in-person share, with the video streak limit.
 */
final class TravelLevel {

    static final int TRAVEL = 0;
    static final int VIDEO = 1;

    private TravelLevel() {
    }

    /** Largest common denominator of per-meeting shares before they are rounded down to thousandths. */
    private static final long MAX_DENOMINATOR = 1_000_000;

    /**
     * Targets per meeting: the in-person share, or the later share for meetings on or after its date, as exact
     * fractions over one common denominator.
     */
    static Targets targets(ModePolicy policy, List<LocalDate> dates) {
        Fraction[] shares = new Fraction[dates.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = Fraction.of(shareOn(policy, dates.get(i)));
        }
        return fromShares(shares);
    }

    /**
     * The targets the travel level solves for: {@link #targets}, except that without hybrid meetings a trip cap
     * lowers the share of each calendar year to what the cap allows ({@link TripCaps#inPersonPerYear}), so the
     * in-person meetings the caps leave are spread over the year; each lowered year is reported as a broken share.
     */
    static Targets cappedTargets(ModePolicy policy, List<LocalDate> dates, List<Long> partnerIds,
                                 List<BrokenRule> broken) {
        int[] caps = policy.capsFor(partnerIds);
        if (caps == null || policy.hybridAllowed() || partnerIds.size() < 2) {
            return targets(policy, dates);
        }
        Map<Integer, Integer> perYear = new TreeMap<>();
        dates.forEach(d -> perYear.merge(d.getYear(), 1, Integer::sum));
        Map<Integer, Long> allowedPerYear = new TreeMap<>();
        perYear.forEach((year, meetings) -> allowedPerYear.put(year, TripCaps.inPersonPerYear(caps, meetings)));
        Map<Integer, Double> lowered = new TreeMap<>();
        Fraction[] shares = new Fraction[dates.size()];
        for (int i = 0; i < shares.length; i++) {
            int year = dates.get(i).getYear();
            Fraction share = Fraction.of(shareOn(policy, dates.get(i)));
            long meetings = perYear.get(year);
            long allowed = allowedPerYear.get(year);
            if (share.numerator() * meetings > allowed * share.denominator()) {
                share = new Fraction(allowed, meetings).reduced();
                lowered.put(year, (double) allowed / meetings);
            }
            shares[i] = share;
        }
        lowered.forEach((year, share) -> broken.add(new BrokenRule("policy.inPersonShare", null, "the trip caps "
                + "allow at most " + allowedPerYear.get(year) + " in-person meetings in " + year
                + "; the in-person share of that year is lowered to " + percent(share))));
        return fromShares(shares);
    }

    private static double shareOn(ModePolicy policy, LocalDate date) {
        LaterShare later = policy.laterShare();
        return later != null && !date.isBefore(later.from()) ? later.inPersonShare() : policy.inPersonShare();
    }

    private static Targets fromShares(Fraction[] shares) {
        long w = 1;
        for (Fraction share : shares) {
            w = Math.min(Fraction.lcm(w, share.denominator()), MAX_DENOMINATOR + 1);
        }
        long[][] steps = new long[shares.length][];
        for (int i = 0; i < shares.length; i++) {
            Fraction share = shares[i];
            long travel = w <= MAX_DENOMINATOR ? share.numerator() * (w / share.denominator())
                    : share.numerator() * 1000 / share.denominator();
            long total = w <= MAX_DENOMINATOR ? w : 1000;
            steps[i] = new long[] {travel, total - travel};
        }
        return Targets.perStep(steps);
    }

    /**
     * Travel or video per meeting. Invariants: forced slots are kept; the deviation is the least possible given
     * them; if the result has a video run longer than {@code maxVideoInARow} and every share used allows such a
     * run ({@code share >= 1/(V+1)}), the run limit is enforced at the cost of balance; otherwise the share wins
     * and the limit is reported in {@code broken}.
     */
    static Sequence assign(Targets targets, ModePolicy policy, int[] forced, int[] preferred,
                           List<BrokenRule> broken) {
        return assign(targets, policy, forced, preferred, null, broken);
    }

    /**
     * As {@link #assign(Targets, ModePolicy, int[], int[], List)}, and when {@code yearly} is given no calendar
     * year holds more travel meetings than it allows (trip caps), as a constraint of the search: the deviation is
     * the least of the sequences that keep it, then the video limit where that can also be kept.
     */
    static Sequence assign(Targets targets, ModePolicy policy, int[] forced, int[] preferred, SegmentLimit yearly,
                           List<BrokenRule> broken) {
        if (yearly != null) {
            Sequence capped = StreakSequencer.solve(targets, forced, preferred, null, yearly);
            if (capped != null) {
                return assignCapped(capped, targets, policy, forced, preferred, yearly, broken);
            }
        }
        Sequence balanced = BalancedSequencer.solve(targets, forced, preferred);
        if (Arrays.stream(preferred).anyMatch(c -> c >= 0)) {
            Sequence fewestChanges = StreakSequencer.solve(targets, forced, preferred, null, null);
            balanced = fewestChanges != null ? fewestChanges : balanced;
        }
        Integer limit = policy.maxVideoInARow();
        if (limit == null || longestRun(balanced.categories(), VIDEO) <= limit) {
            return spread(balanced, targets, forced, preferred);
        }
        double lowest = lowestShare(targets);
        if (lowest < 1.0 / (limit + 1)) {
            broken.add(new BrokenRule("policy.maxVideoInARow", null, "an in-person share of " + percent(lowest)
                    + " needs runs of more than " + limit + " video meetings; the share is kept"));
            return balanced;
        }
        Sequence limited = StreakSequencer.solve(targets, forced, preferred, new StreakLimit(VIDEO, limit));
        if (limited == null) {
            broken.add(new BrokenRule("policy.maxVideoInARow", null, "locked meetings push the balance so far that "
                    + "the limit could not be searched for; the balanced plan is kept"));
            return balanced;
        }
        Sequence chosen = spread(limited, targets, forced, preferred);
        int run = longestRun(chosen.categories(), VIDEO);
        if (run > limit) {
            broken.add(new BrokenRule("policy.maxVideoInARow", null, "locked or capped meetings form a run of "
                    + run + " video meetings"));
        }
        return chosen;
    }

    private static Sequence assignCapped(Sequence capped, Targets targets, ModePolicy policy, int[] forced,
                                        int[] preferred, SegmentLimit yearly, List<BrokenRule> broken) {
        Integer limit = policy.maxVideoInARow();
        if (limit == null || longestRun(capped.categories(), VIDEO) <= limit) {
            return spread(capped, targets, forced, preferred, yearly);
        }
        double lowest = lowestShare(targets);
        Sequence limited = lowest < 1.0 / (limit + 1) ? null
                : StreakSequencer.solve(targets, forced, preferred, new StreakLimit(VIDEO, limit), yearly);
        Sequence chosen = limited == null ? capped : spread(limited, targets, forced, preferred, yearly);
        int run = longestRun(chosen.categories(), VIDEO);
        if (run > limit) {
            broken.add(new BrokenRule("policy.maxVideoInARow", null, limited == null && lowest < 1.0 / (limit + 1)
                    ? "an in-person share of " + percent(lowest) + " needs runs of more than " + limit
                    + " video meetings; the share is kept"
                    : "the trip caps, locked meetings or the share leave a run of " + run + " video meetings"));
        }
        return chosen;
    }

    /**
     * The second objective: keeping the deviation of {@code chosen}, the in-person meetings spread as evenly as
     * the band allows (the longest run of video meetings is the least possible); {@code chosen} itself when the
     * band is too wide to search.
     */
    private static Sequence spread(Sequence chosen, Targets targets, int[] forced, int[] preferred) {
        return spread(chosen, targets, forced, preferred, null);
    }

    private static Sequence spread(Sequence chosen, Targets targets, int[] forced, int[] preferred,
                                   SegmentLimit yearly) {
        int run = longestRun(chosen.categories(), VIDEO);
        if (run <= 1) {
            return chosen;
        }
        Sequence spread = StreakSequencer.spread(targets, forced, preferred, VIDEO, chosen.deviationNumerator(), run,
                yearly);
        return spread == null ? chosen : new Sequence(spread.categories(), spread.deviationNumerator(),
                spread.denominator(), chosen.bandChecks());
    }

    /** The lowest per-meeting travel share of the targets (1 for an empty plan). */
    static double lowestShare(Targets targets) {
        double lowest = 1;
        for (int t = 0; t < targets.length(); t++) {
            long travel = targets.cumulative(t + 1, TRAVEL) - targets.cumulative(t, TRAVEL);
            lowest = Math.min(lowest, (double) travel / targets.denominator());
        }
        return lowest;
    }

    /** Length of the longest run of {@code category} in {@code sequence}. */
    static int longestRun(int[] sequence, int category) {
        int longest = 0;
        int run = 0;
        for (int c : sequence) {
            run = c == category ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + " %";
    }
}
