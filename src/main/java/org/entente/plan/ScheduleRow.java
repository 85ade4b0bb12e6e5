package org.entente.plan;

import org.entente.cadence.Mode;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One meeting as the schedule shows it: its date, the local time at every office, mode, host and venue, the
 * social scaffolding and whether it changed in the last plan. {@code id} is null in a preview; {@code revision}
 * counts the meeting's changes (the iCalendar SEQUENCE), 0 in a preview.
 */
public record ScheduleRow(Long id, int sequence, String uid, ZonedDateTime start, ZonedDateTime end, LocalDate date,
                          List<String> localTimes, Mode mode, String modeLabel, Long hostPartnerId, String host,
                          Long officeId, String venue,
                          boolean launch, boolean dinner, boolean socialStart, String socialStartTime,
                          String icebreaker, MeetingStatus status, boolean locked, boolean changed, String moved,
                          boolean inconvenientSlot, String videoLink, String venueAddress, long version,
                          int revision) {

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }
}
