package org.entente.cadence;

/** How many trips a partner's people make in one calendar year: in-person meetings hosted by another partner. */
public record TripCount(long partnerId, int year, int trips) {
}
