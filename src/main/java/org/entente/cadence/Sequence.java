package org.entente.cadence;

/**
 * A sequence of category indices and its largest running deviation, {@code deviationNumerator / denominator};
 * {@code bandChecks} counts the O(n k) feasibility checks the search needed (an algorithmic cost, for tests).
 */
public record Sequence(int[] categories, long deviationNumerator, long denominator, int bandChecks) {

    /** The largest running deviation in meetings. */
    public double deviation() {
        return (double) deviationNumerator / denominator;
    }
}
