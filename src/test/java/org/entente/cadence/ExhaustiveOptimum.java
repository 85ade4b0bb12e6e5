package org.entente.cadence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Independent reference for the balanced sequencer: a dynamic programme over every reachable count vector (no
 * band, no deadlines), keeping per vector the least largest deviation numerator so far. Exact, exponential in k.
 */
final class ExhaustiveOptimum {

    private ExhaustiveOptimum() {
    }

    /** The least largest deviation numerator over all sequences keeping {@code forced} (-1 = free). */
    static long leastDeviationNumerator(Targets targets, int[] forced) {
        return leastDeviationNumerator(targets, forced, null);
    }

    /**
     * The same over sequences that also keep the streak limit (runs of forced slots excepted, as in the planner),
     * or Long.MAX_VALUE when none does. The last count of the state vector is the current run.
     */
    static long leastDeviationNumerator(Targets targets, int[] forced, StreakLimit streak) {
        int k = targets.categories();
        long w = targets.denominator();
        Map<Counts, Long> layer = new HashMap<>();
        layer.put(new Counts(new int[k + 1]), 0L);
        for (int t = 1; t <= targets.length(); t++) {
            Map<Counts, Long> next = new HashMap<>();
            for (Map.Entry<Counts, Long> entry : layer.entrySet()) {
                for (int c = 0; c < k; c++) {
                    if (forced[t - 1] >= 0 && forced[t - 1] != c) {
                        continue;
                    }
                    int[] counts = entry.getKey().values().clone();
                    boolean extendsRun = streak != null && c == streak.category();
                    if (extendsRun && forced[t - 1] < 0 && counts[k] >= streak.maxRun()) {
                        continue;
                    }
                    counts[k] = extendsRun ? counts[k] + 1 : 0;
                    counts[c]++;
                    long worst = entry.getValue();
                    for (int i = 0; i < k; i++) {
                        worst = Math.max(worst, Math.abs(counts[i] * w - targets.cumulative(t, i)));
                    }
                    next.merge(new Counts(counts), worst, Math::min);
                }
            }
            layer = next;
        }
        return layer.values().stream().min(Long::compare).orElse(Long.MAX_VALUE);
    }

    /** The same without forced slots. */
    static long leastDeviationNumerator(Targets targets) {
        int[] free = new int[targets.length()];
        Arrays.fill(free, -1);
        return leastDeviationNumerator(targets, free);
    }

    private record Counts(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Counts other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
