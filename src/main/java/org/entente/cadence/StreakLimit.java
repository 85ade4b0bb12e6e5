package org.entente.cadence;

/** At most {@code maxRun} consecutive free steps of {@code category}: "at most V video meetings in a row". */
public record StreakLimit(int category, int maxRun) {
}
