package org.entente.cadence;

/** Target (share times length) and actual count of one category at one balance level. */
public record CategoryCount(String category, double target, int actual) {
}
