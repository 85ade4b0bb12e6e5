package org.entente.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.AllianceResolver;
import org.entente.web.scope.Kind;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which alliance a blackout or an office day off belongs to, for the access check of the routes naming them. */
@ApplicationScoped
public class DaysOffScope implements AllianceResolver {

    private static final Map<Kind, String> ALLIANCE_OF = Map.of(
            Kind.BLACKOUT, "select b.allianceId from BlackoutPeriod b where b.id = ?1",
            Kind.OFFICE_DAY_OFF, "select o.partner.alliance.id from OfficeDayOff d, Office o where o.id = d.officeId"
                    + " and d.id = ?1");

    private final EntityManager entities;

    public DaysOffScope(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Set<Kind> kinds() {
        return ALLIANCE_OF.keySet();
    }

    @Override
    public Optional<Long> allianceOf(Kind kind, long id) {
        return entities.createQuery(ALLIANCE_OF.get(kind), Long.class).setParameter(1, id).getResultList().stream().findFirst();
    }
}
