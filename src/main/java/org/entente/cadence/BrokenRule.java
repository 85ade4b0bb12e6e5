package org.entente.cadence;

/**
 * A rule the planner could not keep because a higher-priority rule or the input contradicts it.
 *
 * @param rule     the JSON name of the setting, e.g. {@code policy.maxVideoInARow}
 * @param sequence the meeting concerned, or null when the rule is broken for the plan as a whole
 */
public record BrokenRule(String rule, Integer sequence, String reason) {
}
