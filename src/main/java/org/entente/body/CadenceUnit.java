package org.entente.body;

/** Whether a cadence counts in weeks (every N weeks) or months (every N months on the n-th weekday). */
public enum CadenceUnit {
    WEEKS, MONTHS
}
