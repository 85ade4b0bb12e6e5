package org.entente.cadence;

import java.time.LocalDate;
import java.util.List;

/**
 * The first level, "who travels": decides for each meeting whether people travel (in person or hybrid) or meet
 * on video, in proportion to the in-person share, with the video streak limit.
 */
final class TravelLevel {

    static final int TRAVEL = 0;
    static final int VIDEO = 1;

    private TravelLevel() {
    }

    /**
     * Targets per meeting: the in-person share, or the later share for meetings on or after its date, as exact
     * fractions over one common denominator.
     */
    static Targets targets(ModePolicy policy, List<LocalDate> dates) {
        Fraction first = Fraction.of(policy.inPersonShare());
        LaterShare later = policy.laterShare();
        Fraction second = later == null ? first : Fraction.of(later.inPersonShare());
        long w = Fraction.lcm(first.denominator(), second.denominator());
        long[] before = weights(first, w);
        long[] after = weights(second, w);
        long[][] steps = new long[dates.size()][];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = later != null && !dates.get(i).isBefore(later.from()) ? after : before;
        }
        return Targets.perStep(steps);
    }

    private static long[] weights(Fraction share, long w) {
        long travel = share.numerator() * (w / share.denominator());
        return new long[] {travel, w - travel};
    }

    /**
     * Travel or video per meeting. Invariants: forced slots are kept; the deviation is the least possible given
     * them; if the result has a video run longer than {@code maxVideoInARow} and every share used allows such a
     * run ({@code share >= 1/(V+1)}), the run limit is enforced at the cost of balance; otherwise the share wins
     * and the limit is reported in {@code broken}.
     */
    static Sequence assign(Targets targets, ModePolicy policy, List<LocalDate> dates, int[] forced, int[] preferred,
                           List<BrokenRule> broken) {
        Sequence balanced = BalancedSequencer.solve(targets, forced, preferred);
        Integer limit = policy.maxVideoInARow();
        if (limit == null || longestRun(balanced.categories(), VIDEO) <= limit) {
            return balanced;
        }
        double lowest = lowestShare(policy, dates);
        if (lowest < 1.0 / (limit + 1)) {
            broken.add(new BrokenRule("policy.maxVideoInARow", null, "an in-person share of " + percent(lowest)
                    + " needs runs of more than " + limit + " video meetings; the share is kept"));
            return balanced;
        }
        Sequence limited = StreakSequencer.solve(targets, forced, preferred, new StreakLimit(VIDEO, limit));
        Sequence chosen = limited == null ? balanced : limited;
        int run = longestRun(chosen.categories(), VIDEO);
        if (run > limit) {
            broken.add(new BrokenRule("policy.maxVideoInARow", null, "locked or capped meetings form a run of "
                    + run + " video meetings"));
        }
        return chosen;
    }

    private static double lowestShare(ModePolicy policy, List<LocalDate> dates) {
        LaterShare later = policy.laterShare();
        boolean laterUsed = later != null && !dates.isEmpty() && !dates.get(dates.size() - 1).isBefore(later.from());
        boolean firstUsed = later == null || dates.isEmpty() || dates.get(0).isBefore(later.from());
        double lowest = firstUsed ? policy.inPersonShare() : 1;
        return laterUsed ? Math.min(lowest, later.inPersonShare()) : lowest;
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
