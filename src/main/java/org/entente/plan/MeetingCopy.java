package org.entente.plan;

/** Writes a proposed meeting into a new plan version, carrying over what the current meeting already had. */
final class MeetingCopy {

    private MeetingCopy() {
    }

    static Meeting persist(Plan plan, PlanPreview.Proposal p, Meeting current) {
        org.entente.cadence.Meeting m = p.meeting();
        Meeting meeting = new Meeting();
        meeting.planId = plan.id;
        meeting.bodyId = plan.bodyId;
        meeting.uid = p.uid();
        meeting.sequence = m.sequence();
        meeting.setTimes(m.start(), m.end());
        meeting.mode = m.mode();
        meeting.hostPartnerId = m.hostPartnerId();
        meeting.officeId = m.officeId();
        meeting.launch = m.launch();
        meeting.dinner = m.dinner();
        meeting.socialStart = m.socialStart();
        meeting.inconvenientSlot = m.inconvenientSlot();
        meeting.icebreaker = p.icebreaker();
        if (m.moved() != null) {
            meeting.movedFrom = m.moved().from();
            meeting.movedReason = MeetingCopy.reason(m.moved().reason());
        }
        meeting.status = MeetingStatus.PLANNED;
        meeting.changed = p.changed();
        if (current != null) {
            meeting.status = current.status;
            meeting.locked = current.locked;
            meeting.videoLink = current.videoLink;
            meeting.venueAddress = current.venueAddress;
            meeting.attendeeIds.addAll(current.attendeeIds);
            meeting.revision = current.revision + (p.changed() ? 1 : 0);
        }
        meeting.persist();
        return meeting;
    }

    static String reason(org.entente.cadence.DayOff dayOff) {
        if (dayOff == null) {
            return null;
        }
        return switch (dayOff.kind()) {
            case WEEKEND -> "weekend";
            case HOLIDAY -> dayOff.name() + (dayOff.country() == null ? "" : " (" + dayOff.country() + ")");
            case BLACKOUT -> "blackout: " + dayOff.name();
        };
    }
}
