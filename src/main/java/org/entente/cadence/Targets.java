package org.entente.cadence;

import java.util.Arrays;

/**
 * The target count of each category after each step of a sequence, as exact integer numerators over one common
 * denominator: category c should have been chosen {@code cumulative(t, c) / denominator()} times after t steps.
 */
public final class Targets {

    private final int categories;
    private final long denominator;
    private final long[][] cumulative;

    private Targets(int categories, long denominator, long[][] cumulative) {
        this.categories = categories;
        this.denominator = denominator;
        this.cumulative = cumulative;
    }

    /**
     * Constant shares {@code weights[c] / sum(weights)} over {@code length} steps.
     * Invariant: weights are non-negative with a positive sum.
     */
    public static Targets constant(long[] weights, int length) {
        long[][] slots = new long[length][];
        Arrays.fill(slots, weights);
        return perStep(slots);
    }

    /**
     * Shares that may change per step: at step t category c gets {@code stepWeights[t][c]} out of the step's sum.
     * Invariant: every step's weights are non-negative and sum to the same positive total.
     */
    public static Targets perStep(long[][] stepWeights) {
        int length = stepWeights.length;
        int k = length == 0 ? 0 : stepWeights[0].length;
        long total = length == 0 ? 1 : Arrays.stream(stepWeights[0]).sum();
        long[][] cumulative = new long[length + 1][k];
        for (int t = 0; t < length; t++) {
            if (Arrays.stream(stepWeights[t]).sum() != total) {
                throw new IllegalArgumentException("every step's weights must have the same sum");
            }
            for (int c = 0; c < k; c++) {
                cumulative[t + 1][c] = cumulative[t][c] + stepWeights[t][c];
            }
        }
        return new Targets(k, total, cumulative);
    }

    /** Number of steps in the sequence. */
    public int length() {
        return cumulative.length - 1;
    }

    /** Number of categories. */
    public int categories() {
        return categories;
    }

    /** The common denominator of all targets; positive. */
    public long denominator() {
        return denominator;
    }

    /** Target numerator of category {@code c} after {@code t} steps (0 <= t <= length). */
    public long cumulative(int t, int c) {
        return cumulative[t][c];
    }

    /** Categories whose target is positive at some step; Tijdeman's bound depends on this count. */
    public int activeCategories() {
        int active = 0;
        for (int c = 0; c < categories; c++) {
            if (cumulative[length()][c] > 0) {
                active++;
            }
        }
        return active;
    }

    /** Tijdeman's bound 1 - 1/(2(k-1)) for the active categories, 0 for at most one. */
    public double tijdemanBound() {
        int k = activeCategories();
        return k <= 1 ? 0 : 1 - 1.0 / (2 * (k - 1));
    }

    /**
     * The largest running deviation numerator of {@code sequence}: max over prefixes t and categories c of
     * |count_c(t) * denominator - cumulative(t, c)|. Divide by {@link #denominator()} for meetings.
     */
    public long maxDeviationNumerator(int[] sequence) {
        long[] counts = new long[categories];
        long worst = 0;
        for (int t = 1; t <= sequence.length; t++) {
            counts[sequence[t - 1]]++;
            for (int c = 0; c < categories; c++) {
                worst = Math.max(worst, Math.abs(counts[c] * denominator - cumulative[t][c]));
            }
        }
        return worst;
    }
}
