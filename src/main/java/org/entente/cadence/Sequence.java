package org.entente.cadence;

/**
 * A sequence of category indices and its largest running deviation, {@code deviationNumerator / denominator}.
 */
public record Sequence(int[] categories, long deviationNumerator, long denominator) {

    /** The largest running deviation in meetings. */
    public double deviation() {
        return (double) deviationNumerator / denominator;
    }
}
