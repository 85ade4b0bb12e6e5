package org.entente.cadence;

import java.util.function.LongPredicate;

/**
 * Finds the least band numerator for which a plan can be completed, when feasibility is monotone in the band:
 * doubling from a start until feasible, then binary search down; {@code checks} counts the feasibility checks.
 */
record BandSearch(long band, int checks) {

    /**
     * The least m in [0, cap] with {@code feasible(m)}, searching from {@code start}; null when even {@code cap}
     * is infeasible. Invariant: O(log(cap)) checks, and the result is feasible while m − 1 is not (or m is 0).
     */
    static BandSearch least(long start, long cap, LongPredicate feasible) {
        return least(0, start, cap, feasible);
    }

    /**
     * As {@link #least(long, long, LongPredicate)} when every m below {@code floor} is known to be infeasible
     * (the band of a search without some of the constraints): the least feasible m in [floor, cap], or null.
     */
    static BandSearch least(long floor, long start, long cap, LongPredicate feasible) {
        long hi = Math.max(floor, start);
        long lo = floor;
        int checks = 1;
        while (!feasible.test(hi)) {
            if (hi >= cap) {
                return null;
            }
            lo = hi + 1;
            hi = Math.min(cap, Math.max(1, hi * 2));
            checks++;
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            checks++;
            if (feasible.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return new BandSearch(hi, checks);
    }
}
