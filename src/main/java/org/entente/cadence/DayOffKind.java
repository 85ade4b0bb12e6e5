package org.entente.cadence;

/** Why a day is not a working day. */
public enum DayOffKind {
    WEEKEND,
    HOLIDAY,
    BLACKOUT
}
