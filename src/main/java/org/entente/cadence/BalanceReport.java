package org.entente.cadence;

import java.util.List;

/**
 * What the plan achieved: balance per level, streaks, trips, moved dates and the rules it could not keep.
 *
 * @param travel             travel (in person or hybrid) versus video over all meetings
 * @param host               host partner over the hosted meetings
 * @param flat               the flat sequence: VIDEO and one category per host
 * @param changedFromPrevious unlocked meetings that differ from the previous plan, or null when none was given
 * @param videoHours         per office, in the request's order: its video meetings outside its working hours
 */
public record BalanceReport(LevelReport travel, LevelReport host, LevelReport flat, int longestVideoStreak,
                            List<TripCount> trips, List<DateMove> movedDates, List<BrokenRule> brokenRules,
                            Integer changedFromPrevious, List<OfficeHours> videoHours) {
}
