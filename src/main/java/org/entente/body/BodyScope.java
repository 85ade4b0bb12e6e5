package org.entente.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.AllianceResolver;
import org.entente.web.scope.Kind;

import java.util.Optional;
import java.util.Set;

/** Which alliance a governance body belongs to, for the access check of the routes naming it. */
@ApplicationScoped
public class BodyScope implements AllianceResolver {

    private final EntityManager entities;

    public BodyScope(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.BODY);
    }

    @Override
    public Optional<Long> allianceOf(Kind kind, long id) {
        return entities.createQuery("select b.allianceId from GovernanceBody b where b.id = ?1", Long.class)
                .setParameter(1, id).getResultList().stream().findFirst();
    }
}
