package org.entente.alliance;

import java.time.LocalDate;
import java.util.Set;

/**
 * A governance body's meeting that is held, or no longer held, with who of the alliance attended it and who of its
 * members did not. The plan feature fires it synchronously, inside the transaction that changed the meeting, every
 * time a meeting that is or was held is saved; observers therefore commit or roll back with that change.
 *
 * @param meetingId   the meeting in its current plan version
 * @param meetingUid  the meeting across plan versions (stays the same when a re-plan copies it)
 * @param allianceId  the alliance of the meeting's body
 * @param date        the meeting's local date (in the meeting's time zone)
 * @param title       the body's name
 * @param held        whether the meeting is held now; false after it was un-marked or cancelled
 * @param attendedIds people who attended (empty when not held)
 * @param absentIds   members of the body who did not attend (empty when not held)
 */
public record MeetingAttendance(long meetingId, String meetingUid, long allianceId, LocalDate date, String title,
                                boolean held, Set<Long> attendedIds, Set<Long> absentIds) {

    public MeetingAttendance {
        attendedIds = Set.copyOf(attendedIds);
        absentIds = Set.copyOf(absentIds);
    }
}
