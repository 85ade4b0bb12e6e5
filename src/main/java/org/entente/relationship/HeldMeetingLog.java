package org.entente.relationship;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.entente.alliance.MeetingAttendance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the MEETING interactions of a held meeting in step with its attendance: one per partner-side person who
 * attended (dated the meeting's day), none for absentees or our own side. Saving the meeting again updates them
 * (date, note), un-marking or cancelling it removes them, and a person taken off the attendance loses theirs.
 * Runs synchronously in the transaction of the meeting change, so both commit or roll back together.
 */
@ApplicationScoped
public class HeldMeetingLog {

    @Transactional(Transactional.TxType.MANDATORY)
    void onAttendance(@Observes MeetingAttendance meeting) {
        Set<Long> attendees = meeting.held() ? partnerSide(meeting.attendedIds()) : Set.of();
        List<Interaction> logged = Interaction.ofMeeting(meeting.meetingUid());
        logged.stream().filter(i -> !attendees.contains(i.personId)).forEach(Interaction::delete);
        Map<Long, Interaction> kept = logged.stream().filter(i -> attendees.contains(i.personId))
                .collect(Collectors.toMap(i -> i.personId, Function.identity()));
        for (Long personId : attendees) {
            Interaction interaction = kept.get(personId);
            if (interaction == null) {
                interaction = new Interaction();
                interaction.personId = personId;
                interaction.meetingUid = meeting.meetingUid();
            }
            interaction.kind = InteractionKind.MEETING;
            interaction.date = meeting.date();
            interaction.note = note(meeting.title());
            interaction.persist();
        }
    }

    static String note(String title) {
        String note = title + " meeting";
        return note.length() <= 500 ? note : note.substring(0, 500);
    }

    /** The people among {@code ids} who belong to a partner not marked ours (those the dashboard keeps in touch with). */
    private static Set<Long> partnerSide(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Panache.getEntityManager()
                .createQuery("select p.id from Person p where p.id in :ids and p.partner.ours = false", Long.class)
                .setParameter("ids", ids).getResultList());
    }
}
