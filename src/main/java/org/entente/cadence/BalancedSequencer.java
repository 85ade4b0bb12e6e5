package org.entente.cadence;

import java.util.Arrays;

/**
 * Finds a sequence whose largest running deviation from the targets is the least possible, exactly, given slots
 * that are forced (locked meetings, the launch), and among those prefers the previous plan's choices.
 */
public final class BalancedSequencer {

    /** Marks a slot that is neither forced nor preferred. */
    public static final int FREE = -1;

    private BalancedSequencer() {
    }

    /**
     * The optimal sequence with no forced slot. Invariants: its deviation is the least over all sequences of this
     * length, hence at most {@link Targets#tijdemanBound()}; the result depends only on the targets.
     */
    public static Sequence optimal(Targets targets) {
        int[] free = new int[targets.length()];
        Arrays.fill(free, FREE);
        return solve(targets, free, free);
    }

    /**
     * The least deviation any sequence keeping {@code forced} can reach, as a numerator over the denominator, by
     * binary search on the band width with the exact EDF feasibility check; O(n k log(n W)).
     * Invariants: {@code forced} and {@code preferred} have one entry per step ({@link #FREE} or a category);
     * the sequence keeps every forced slot and its deviation equals this least value. Ties are broken
     * deterministically: earliest deadline, least recently used, lowest index; then, keeping the same deviation,
     * {@code preferred[t]} wherever a completion exists.
     */
    public static Sequence solve(Targets targets, int[] forced, int[] preferred) {
        int n = targets.length();
        long w = targets.denominator();
        int[] out = new int[n];
        long cap = w * (n + 1L);
        BandSearch band = BandSearch.least(w, cap, m -> new EdfSchedule(targets, forced, m).complete(out));
        if (band == null) {
            throw new IllegalStateException("a band as wide as the plan is always feasible");
        }
        EdfSchedule schedule = new EdfSchedule(targets, forced, band.band());
        int[] sequence = keepPreferred(schedule, preferred);
        return new Sequence(sequence, targets.maxDeviationNumerator(sequence), w, band.checks());
    }

    /**
     * Walks the slots taking the preferred category wherever the rest can still be completed within the band,
     * else the EDF choice, whose completion is known to exist; so the band is never left.
     */
    private static int[] keepPreferred(EdfSchedule schedule, int[] preferred) {
        int n = schedule.length();
        int[] out = new int[n];
        int[] scratch = new int[n];
        if (!schedule.complete(out)) {
            throw new IllegalStateException("the band was feasible a moment ago");
        }
        EdfSchedule.State s = schedule.start();
        while (s.pos < n) {
            int pos = s.pos;
            int choice = schedule.forcedAt(pos);
            if (choice < 0) {
                choice = schedule.choose(s);
                int want = preferred[pos];
                if (want >= 0 && want != choice && schedule.allowed(s, want)) {
                    EdfSchedule.State trial = s.copy();
                    schedule.apply(trial, want);
                    if (schedule.complete(trial, scratch)) {
                        choice = want;
                    }
                }
            }
            out[pos] = choice;
            schedule.apply(s, choice);
        }
        return out;
    }
}
