package org.entente.alliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.AllianceResolver;
import org.entente.web.scope.Kind;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which alliance an alliance, partner, office or person belongs to, for the access check of the routes naming them. */
@ApplicationScoped
public class AllianceScope implements AllianceResolver {

    private static final Map<Kind, String> ALLIANCE_OF = Map.of(
            Kind.ALLIANCE, "select a.id from Alliance a where a.id = ?1",
            Kind.PARTNER, "select p.alliance.id from Partner p where p.id = ?1",
            Kind.OFFICE, "select o.partner.alliance.id from Office o where o.id = ?1",
            Kind.PERSON, "select x.partner.alliance.id from Person x where x.id = ?1");

    private final EntityManager entities;

    public AllianceScope(EntityManager entities) {
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
