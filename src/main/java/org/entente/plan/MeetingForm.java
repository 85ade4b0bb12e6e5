package org.entente.plan;

import org.entente.cadence.Mode;
import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The meeting form as the browser sends it. */
public class MeetingForm {

    @RestForm
    public String date;
    @RestForm
    public String time;
    @RestForm
    public String mode;
    @RestForm
    public String officeId;
    @RestForm
    public String status;
    @RestForm
    public String videoLink;
    @RestForm
    public String venueAddress;
    @RestForm
    public List<String> attendeeIds = new ArrayList<>();
    @RestForm
    public Long version;

    public static MeetingForm of(Meeting m, java.util.Collection<Long> members) {
        MeetingForm f = new MeetingForm();
        f.date = m.start().toLocalDate().toString();
        f.time = m.start().toLocalTime().toString();
        f.mode = m.mode.name();
        f.officeId = m.officeId == null ? "" : m.officeId.toString();
        f.status = m.status.name();
        f.videoLink = m.videoLink;
        f.venueAddress = m.venueAddress;
        (m.attendeeIds.isEmpty() ? members : m.attendeeIds).forEach(id -> f.attendeeIds.add(id.toString()));
        f.version = m.version;
        return f;
    }

    public boolean attended(Long personId) {
        return attendeeIds.contains(personId.toString());
    }

    public MeetingEdit toEdit(FieldErrors errors) {
        Set<Long> attendees = new HashSet<>();
        attendeeIds.forEach(a -> attendees.add(Parse.id(errors, "attendeeIds", a)));
        attendees.remove(null);
        return new MeetingEdit(Parse.date(errors, "date", date), Parse.time(errors, "time", time),
                Parse.choice(errors, "mode", mode, Mode.class), Parse.id(errors, "officeId", officeId),
                Parse.choice(errors, "status", status, MeetingStatus.class), Parse.text(videoLink),
                Parse.text(venueAddress), attendees);
    }
}
