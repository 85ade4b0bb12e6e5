package org.entente.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.AllianceResolver;
import org.entente.web.scope.Kind;

import java.util.Optional;
import java.util.Set;

/** Which alliance a meeting belongs to (through its body), for the access check of the routes naming it. */
@ApplicationScoped
public class MeetingScope implements AllianceResolver {

    private final EntityManager entities;

    public MeetingScope(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.MEETING);
    }

    @Override
    public Optional<Long> allianceOf(Kind kind, long id) {
        return entities.createQuery("select b.allianceId from Meeting m, GovernanceBody b where b.id = m.bodyId"
                + " and m.id = ?1", Long.class).setParameter(1, id).getResultList().stream().findFirst();
    }
}
