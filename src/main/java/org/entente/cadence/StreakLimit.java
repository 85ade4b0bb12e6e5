package org.entente.cadence;

/** At most {@code maxRun} consecutive steps of {@code category} (used for "at most V video meetings in a row"). */
public record StreakLimit(int category, int maxRun) {
}
