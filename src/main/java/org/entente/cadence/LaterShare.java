package org.entente.cadence;

import java.time.LocalDate;

/** A travel share that replaces the initial one for meetings on or after {@code from}. */
public record LaterShare(LocalDate from, double inPersonShare) {
}
