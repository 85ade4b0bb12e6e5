package org.entente.relationship;

import java.time.LocalDate;
import java.util.List;

/** One interaction in a person's keep-in-touch history. */
public record InteractionView(long id, LocalDate date, InteractionKind kind, String note, boolean fromMeeting) {

    /** The person's interactions, newest first, in one statement. */
    static List<InteractionView> ofPerson(long personId) {
        return Interaction.ofPerson(personId).stream()
                .map(i -> new InteractionView(i.id, i.date, i.kind, i.note, i.fromMeeting())).toList();
    }
}
