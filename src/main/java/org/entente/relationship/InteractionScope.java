package org.entente.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.AllianceResolver;
import org.entente.web.scope.Kind;

import java.util.Optional;
import java.util.Set;

/** Which alliance a logged interaction belongs to (through its person), for the access check of the routes naming it. */
@ApplicationScoped
public class InteractionScope implements AllianceResolver {

    private final EntityManager entities;

    public InteractionScope(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.INTERACTION);
    }

    @Override
    public Optional<Long> allianceOf(Kind kind, long id) {
        return entities.createQuery("select x.partner.alliance.id from Interaction i, Person x where x.id = i.personId"
                + " and i.id = ?1", Long.class).setParameter(1, id).getResultList().stream().findFirst();
    }
}
