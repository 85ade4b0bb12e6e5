package org.entente.cadence;

import java.time.LocalTime;

/**
 * How the video meetings of a plan sit in one office's day: how many start or end outside its working hours, and
 * the worst of them (its local start time and how many minutes it lies away from the working hours).
 *
 * @param worstLocalStart null when every video meeting is inside the office's working hours
 */
public record OfficeHours(long partnerId, long officeId, int videoMeetings, int outsideHours,
                          LocalTime worstLocalStart, long worstMinutesAway) {
}
