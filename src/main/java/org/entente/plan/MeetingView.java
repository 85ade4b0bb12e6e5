package org.entente.plan;

/** The meeting a meeting form edits, as the form's heading and buttons need it. */
public record MeetingView(long id, int sequence, boolean locked, MeetingStatus status) {

    static MeetingView of(Meeting m) {
        return new MeetingView(m.id, m.sequence, m.locked, m.status);
    }
}
