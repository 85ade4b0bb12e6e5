package org.entente.plan;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceService;
import org.entente.alliance.MeetingAttendance;
import org.entente.alliance.Office;
import org.entente.body.BodyService;
import org.entente.body.GovernanceBody;
import org.entente.cadence.Mode;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.InputCheck;
import org.entente.web.StaleEdit;
import org.hibernate.Hibernate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Changes single meetings of a body's current plan: every change locks the meeting so that re-plans keep it. Saving a
 * meeting that is or was held announces its attendance ({@link MeetingAttendance}) in the same transaction.
 */
@ApplicationScoped
@RetryOnDeadlock
public class MeetingService {

    private static final DateTimeFormatter HELD_DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", java.util.Locale.ENGLISH);

    private final InputCheck inputs;
    private final BodyService bodies;
    private final AllianceService alliances;
    private final Event<MeetingAttendance> attendance;
    private final Clock clock;

    public MeetingService(InputCheck inputs, BodyService bodies, AllianceService alliances,
                          Event<MeetingAttendance> attendance, Clock clock) {
        this.inputs = inputs;
        this.bodies = bodies;
        this.alliances = alliances;
        this.attendance = attendance;
        this.clock = clock;
    }

    public Meeting get(long id) {
        return Found.orNotFound(Meeting.findById(id), "meeting", id);
    }

    /** Applies the edit to a meeting of the current plan and locks it; older plan versions are read-only. */
    @Transactional
    public Meeting edit(long id, Long version, MeetingEdit edit) {
        Meeting meeting = current(id);
        StaleEdit.check("The meeting", meeting.version, version);
        GovernanceBody body = bodies.get(meeting.bodyId);
        Alliance alliance = alliances.get(body.allianceId);
        FieldErrors errors = inputs.validate(edit);
        Optional<Office> office = office(alliance, edit.officeId());
        if (edit.mode() != null && edit.mode() != Mode.VIDEO && office.isEmpty()) {
            errors.add("officeId", "Choose the office that hosts this meeting");
        }
        if (edit.attendeeIds() != null && !body.memberIds.containsAll(edit.attendeeIds())) {
            errors.add("attendeeIds", "Attendees are members of the body");
        }
        if (edit.status() == MeetingStatus.HELD && edit.date() != null && edit.time() != null) {
            // held is what happened: not before the meeting's own date where it takes place (the interactions it
            // logs are dated that day)
            ZoneId where = ZoneId.of(edit.mode() == Mode.VIDEO || office.isEmpty() ? body.cadence.timeZone
                    : office.get().timeZone);
            LocalDate today = LocalDate.now(clock.withZone(where));
            if (edit.date().isAfter(today)) {
                errors.add("status", "A meeting can be marked held on or after its date; it is on "
                        + edit.date().format(HELD_DATE) + ", and today is " + today.format(HELD_DATE));
            }
        }
        errors.throwIfAny();
        boolean wasHeld = meeting.status == MeetingStatus.HELD;
        boolean video = edit.mode() == Mode.VIDEO;
        ZoneId zone = ZoneId.of(video ? body.cadence.timeZone : office.orElseThrow().timeZone);
        ZonedDateTime start = ZonedDateTime.of(edit.date(), edit.time(), zone);
        boolean moved = !start.toInstant().equals(meeting.start().toInstant()) || meeting.mode != edit.mode()
                || !java.util.Objects.equals(meeting.officeId, video ? null : office.get().id);
        meeting.setTimes(start, start.plusMinutes(java.time.Duration.between(meeting.start(), meeting.end()).toMinutes()));
        meeting.mode = edit.mode();
        meeting.officeId = video ? null : office.get().id;
        meeting.hostPartnerId = video ? null : office.get().partner.id;
        meeting.socialStart = video;
        meeting.inconvenientSlot = video && outsideWorkingHours(alliance, meeting.start(), meeting.end());
        if (!video) {
            meeting.icebreaker = null;
        }
        meeting.status = edit.status();
        meeting.videoLink = edit.videoLink();
        meeting.venueAddress = edit.venueAddress();
        if (edit.status() == MeetingStatus.HELD) {
            meeting.attendeeIds.clear();
            meeting.attendeeIds.addAll(edit.attendeeIds() == null || edit.attendeeIds().isEmpty()
                    ? body.memberIds : edit.attendeeIds());
        }
        meeting.locked = true;
        if (moved) {
            meeting.changed = true;
            meeting.revision++;
        }
        Panache.getEntityManager().flush();
        if (wasHeld || meeting.status == MeetingStatus.HELD) {
            announceAttendance(meeting, body);
        }
        return loaded(meeting);
    }

    /** Cancels a meeting: it stays in the plan (and in calendars) as cancelled. */
    @Transactional
    public Meeting cancel(long id, Long version) {
        Meeting meeting = current(id);
        StaleEdit.check("The meeting", meeting.version, version);
        boolean wasHeld = meeting.status == MeetingStatus.HELD;
        meeting.status = MeetingStatus.CANCELLED;
        meeting.locked = true;
        meeting.changed = true;
        meeting.revision++;
        Panache.getEntityManager().flush();
        if (wasHeld) {
            announceAttendance(meeting, bodies.get(meeting.bodyId));
        }
        return loaded(meeting);
    }

    /** Returns the meeting to the planner: the next re-plan may move it again. */
    @Transactional
    public Meeting unlock(long id, Long version) {
        Meeting meeting = current(id);
        StaleEdit.check("The meeting", meeting.version, version);
        meeting.locked = false;
        Panache.getEntityManager().flush();
        return loaded(meeting);
    }

    /** Tells observers (the keep-in-touch log) who attended a held meeting, or that it is no longer held. */
    private void announceAttendance(Meeting meeting, GovernanceBody body) {
        boolean held = meeting.status == MeetingStatus.HELD;
        Set<Long> attended = held ? Set.copyOf(meeting.attendeeIds) : Set.of();
        Set<Long> absent = new HashSet<>(held ? body.memberIds : Set.of());
        absent.removeAll(attended);
        attendance.fire(new MeetingAttendance(meeting.id, meeting.uid, body.allianceId, meeting.start().toLocalDate(),
                body.name, held, attended, absent));
    }

    /** Loads the attendees while the session is open: callers render the meeting after the transaction ended. */
    private static Meeting loaded(Meeting meeting) {
        Hibernate.initialize(meeting.attendeeIds);
        return meeting;
    }

    private Meeting current(long id) {
        Meeting meeting = get(id);
        Plan current = Plan.current(meeting.bodyId).orElseThrow();
        if (!current.id.equals(meeting.planId)) {
            throw new StaleEdit("This meeting belongs to an older plan version; the current plan");
        }
        return meeting;
    }

    /** Whether a call from start to end lies outside some office's working hours (as the planner flags it). */
    private static boolean outsideWorkingHours(Alliance alliance, ZonedDateTime start, ZonedDateTime end) {
        return alliance.partners.stream().flatMap(p -> p.offices.stream()).anyMatch(o -> {
            ZoneId zone = ZoneId.of(o.timeZone);
            ZonedDateTime from = start.withZoneSameInstant(zone);
            ZonedDateTime to = end.withZoneSameInstant(zone);
            return !from.toLocalDate().equals(to.toLocalDate()) || from.toLocalTime().isBefore(o.workdayStart)
                    || to.toLocalTime().isAfter(o.workdayEnd);
        });
    }

    private static Optional<Office> office(Alliance alliance, Long officeId) {
        return officeId == null ? Optional.empty() : alliance.partners.stream().flatMap(p -> p.offices.stream())
                .filter(o -> o.id.equals(officeId)).findFirst();
    }
}
