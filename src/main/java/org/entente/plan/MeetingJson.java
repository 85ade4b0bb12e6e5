package org.entente.plan;

import org.entente.cadence.Mode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A meeting in the JSON API; on PUT only date, time, mode, officeId, status, links, attendees and version count. */
public record MeetingJson(Long id, String uid, Integer sequence, OffsetDateTime start, OffsetDateTime end,
                          String timeZone, List<String> localTimes, Mode mode, Long hostPartnerId, Long officeId,
                          Boolean launch, Boolean dinner, Boolean socialStart, String icebreaker, Boolean locked,
                          MeetingStatus status, Boolean changed, String moved, Boolean inconvenientSlot,
                          String videoLink, String venueAddress, LocalDate date, LocalTime time,
                          Set<Long> attendeeIds, Long version) {

    public static MeetingJson of(ScheduleRow r) {
        return new MeetingJson(r.id(), r.uid(), r.sequence(), r.start().toOffsetDateTime(), r.end().toOffsetDateTime(),
                r.start().getZone().getId(), r.localTimes(), r.mode(), r.hostPartnerId(), r.officeId(), r.launch(), r.dinner(),
                r.socialStart(), r.icebreaker(), r.locked(), r.status(), r.changed(), r.moved(), r.inconvenientSlot(),
                r.videoLink(), r.venueAddress(), r.date(), r.start().toLocalTime(), null, r.version());
    }

    public static MeetingJson of(Meeting m) {
        return new MeetingJson(m.id, m.uid, m.sequence, m.start().toOffsetDateTime(), m.end().toOffsetDateTime(),
                m.timeZone, null, m.mode, m.hostPartnerId, m.officeId, m.launch, m.dinner, m.socialStart,
                m.icebreaker, m.locked, m.status, m.changed, null, m.inconvenientSlot, m.videoLink, m.venueAddress,
                m.start().toLocalDate(), m.start().toLocalTime(), Set.copyOf(m.attendeeIds), m.version);
    }

    public MeetingEdit toEdit() {
        return new MeetingEdit(date, time, mode, officeId, status == null ? MeetingStatus.PLANNED : status, videoLink,
                venueAddress, attendeeIds);
    }
}
