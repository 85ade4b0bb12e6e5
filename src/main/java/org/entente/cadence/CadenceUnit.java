package org.entente.cadence;

/** The unit in which a cadence repeats: every N weeks, or every N months on the n-th weekday. */
public enum CadenceUnit {
    WEEKS,
    MONTHS
}
