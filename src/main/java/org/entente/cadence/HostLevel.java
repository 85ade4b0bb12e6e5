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

    /** Common total of the per-step weights when trip caps reshape a year's host shares. */
    private static final long CAPPED_TOTAL = 1_000_000;

    /**
     * The host targets over the hosted meetings (in date order): the weights, except in a calendar year whose T
     * in-person meetings need partner x to host at least T − cap_x (every other host's meeting is a trip for x);
     * there the partners below that minimum get it and the rest is shared by weight among the others (rounded to
     * millionths). So the balance is measured against host counts the caps allow ({@link CappedHostSearch} keeps
     * the minimums as constraints). Invariant: the plain weights when no year needs this (exact targets, unchanged plans).
     */
    static Targets cappedTargets(long[] weights, int[] caps, List<java.time.LocalDate> dates, List<Boolean> hybrid) {
        int n = dates.size();
        if (caps == null || n == 0) {
            return Targets.constant(weights, n);
        }
        Map<Integer, Long> perYear = new java.util.TreeMap<>();
        for (int j = 0; j < n; j++) {
            perYear.merge(dates.get(j).getYear(), hybrid.get(j) ? 0L : 1L, Long::sum);
        }
        Map<Integer, long[]> shares = new java.util.HashMap<>();
        perYear.forEach((year, t) -> {
            long[] share = shares(weights, caps, t);
            if (share != null) {
                shares.put(year, share);
            }
        });
        if (shares.isEmpty()) {
            return Targets.constant(weights, n);
        }
        long[] plain = scaled(weights);
        long[][] steps = new long[n][];
        for (int j = 0; j < n; j++) {
            steps[j] = shares.getOrDefault(dates.get(j).getYear(), plain);
        }
        return Targets.perStep(steps);
    }

    /** Per-partner shares out of {@link #CAPPED_TOTAL} for a year of t meetings, or null when the weights do. */
    private static long[] shares(long[] weights, int[] caps, long t) {
        int k = weights.length;
        long[] least = new long[k];
        for (int x = 0; x < k; x++) {
            least[x] = Math.max(0, t - caps[x]);
        }
        boolean[] clamped = new boolean[k];
        boolean any = false;
        boolean changed = true;
        double rest = t;
        while (changed) {
            changed = false;
            rest = t;
            double freeWeight = 0;
            for (int x = 0; x < k; x++) {
                rest -= clamped[x] ? least[x] : 0;
                freeWeight += clamped[x] ? 0 : weights[x];
            }
            for (int x = 0; x < k; x++) {
                double fair = freeWeight > 0 ? rest * weights[x] / freeWeight : 0;
                if (!clamped[x] && fair < least[x] - 1e-9) {
                    clamped[x] = true;
                    any = true;
                    changed = true;
                }
            }
        }
        if (!any || rest < 0 || t == 0) {
            return null;
        }
        double freeWeight = 0;
        for (int x = 0; x < k; x++) {
            freeWeight += clamped[x] ? 0 : weights[x];
        }
        double[] counts = new double[k];
        for (int x = 0; x < k; x++) {
            counts[x] = clamped[x] ? least[x] : freeWeight > 0 ? rest * weights[x] / freeWeight : 0;
        }
        return rounded(counts, t);
    }

    private static long[] scaled(long[] weights) {
        double[] counts = new double[weights.length];
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        for (int x = 0; x < weights.length; x++) {
            counts[x] = weights[x];
        }
        return rounded(counts, sum);
    }

    /** counts / total as integers summing to exactly {@link #CAPPED_TOTAL} (the remainder to the largest). */
    private static long[] rounded(double[] counts, double total) {
        long[] out = new long[counts.length];
        long sum = 0;
        int largest = 0;
        for (int x = 0; x < counts.length; x++) {
            out[x] = (long) Math.floor(counts[x] / total * CAPPED_TOTAL);
            sum += out[x];
            largest = counts[x] > counts[largest] ? x : largest;
        }
        out[largest] += CAPPED_TOTAL - sum;
        return out;
    }
}
