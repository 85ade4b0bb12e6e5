package org.entente.cadence;

import java.util.List;

/**
 * Everything the planner needs for one body.
 *
 * @param lockedMeetings meetings that must stay exactly as given, matched by {@link Meeting#sequence()}
 * @param previousPlan   the previous plan's meetings for a re-plan, or an empty list
 * @param nonWorkingDays the calendar of days off; null means {@link WeekendsOnly}
 */
public record PlanRequest(Cadence cadence, List<Office> offices, ModePolicy policy, List<Meeting> lockedMeetings,
                          List<Meeting> previousPlan, NonWorkingDays nonWorkingDays) {

    /** A first plan: no locked meetings, no previous plan. */
    public static PlanRequest of(Cadence cadence, List<Office> offices, ModePolicy policy,
                                 NonWorkingDays nonWorkingDays) {
        return new PlanRequest(cadence, offices, policy, List.of(), List.of(), nonWorkingDays);
    }
}
