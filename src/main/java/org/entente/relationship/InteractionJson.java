package org.entente.relationship;

import java.time.LocalDate;

/** An interaction in the JSON API; {@code meetingUid} is set on those logged from a held meeting (read only). */
public record InteractionJson(Long id, Long personId, InteractionKind kind, LocalDate date, String note,
                              String meetingUid, Long version) {

    public static InteractionJson of(Interaction i) {
        return new InteractionJson(i.id, i.personId, i.kind, i.date, i.note, i.meetingUid, i.version);
    }

    public InteractionData toData() {
        return new InteractionData(kind, date, note);
    }
}
