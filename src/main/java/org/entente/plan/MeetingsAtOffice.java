package org.entente.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.entente.alliance.OfficeUse;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Answers which upcoming meetings of current plans take place at an office (one query). */
@ApplicationScoped
class MeetingsAtOffice implements OfficeUse {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private final EntityManager entities;
    private final Clock clock;

    MeetingsAtOffice(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    @Override
    public List<String> upcomingMeetingsAt(long officeId) {
        List<Object[]> rows = entities.createQuery("select b.name, m.startUtc, m.timeZone from Meeting m, Plan p, "
                        + "org.entente.body.GovernanceBody b where m.planId = p.id and p.bodyId = b.id "
                        + "and m.officeId = :office and m.status in (:open) and m.startUtc >= :now "
                        + "and p.planVersion = (select max(q.planVersion) from Plan q where q.bodyId = p.bodyId) "
                        + "order by m.startUtc, b.name", Object[].class)
                .setParameter("office", officeId)
                .setParameter("open", List.of(MeetingStatus.PLANNED, MeetingStatus.CONFIRMED))
                .setParameter("now", LocalDateTime.now(clock))
                .getResultList();
        return rows.stream().map(r -> r[0] + " on " + ((LocalDateTime) r[1]).atZone(ZoneId.of("UTC"))
                .withZoneSameInstant(ZoneId.of((String) r[2])).format(DAY)).toList();
    }
}
