package org.entente.cadence;

import java.util.List;

/**
 * How balanced one level of the plan is.
 *
 * @param maxDeviation largest running deviation: max over prefixes t and categories i of |count_i(t) - target_i(t)|
 * @param optimum      the least largest deviation any sequence of this length could reach with no rule or lock
 * @param bound        Tijdeman's bound 1 - 1/(2(k-1)) for the k categories with a positive share (0 when k <= 1)
 */
public record LevelReport(String level, int length, List<CategoryCount> counts, double maxDeviation,
                          double optimum, double bound) {
}
