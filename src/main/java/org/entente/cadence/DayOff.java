package org.entente.cadence;

/**
 * The reason a date cannot hold a meeting.
 *
 * @param name    e.g. "Saturday", "King's Day", "Board retreat"
 * @param country ISO code of the country whose day off it is, or null for weekends and blackouts
 */
public record DayOff(DayOffKind kind, String name, String country) {
}
