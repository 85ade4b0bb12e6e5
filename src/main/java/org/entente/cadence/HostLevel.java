package org.entente.cadence;

import java.util.List;
import java.util.Map;

/** The second level, "where": decides which partner hosts each hosted meeting, in proportion to host weights. */
final class HostLevel {

    private HostLevel() {
    }

    /** Weight per partner in ascending id order; equal weights when the policy names none. */
    static long[] weights(ModePolicy policy, List<Long> partnerIds) {
        Map<Long, Integer> given = policy.hostWeights();
        long[] weights = new long[partnerIds.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = given == null || given.isEmpty() ? 1 : given.get(partnerIds.get(i));
        }
        return weights;
    }

    /**
     * The host (index into the sorted partner ids) of each hosted meeting, in order. Invariants: forced hosts are
     * kept; the running deviation over hosted meetings is the least possible given them (at most Tijdeman's bound
     * without forced hosts); ties go to the least recent host, then the lowest partner id.
     */
    static Sequence assign(long[] weights, int[] forced, int[] preferred) {
        return BalancedSequencer.solve(Targets.constant(weights, forced.length), forced, preferred);
    }
}
