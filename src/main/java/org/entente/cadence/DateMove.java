package org.entente.cadence;

import java.time.LocalDate;

/** A meeting date that moved from its cadence date {@code from} to {@code to} because {@code from} was a day off. */
public record DateMove(int sequence, LocalDate from, LocalDate to, DayOff reason) {
}
