package org.entente.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.AllianceResolver;
import org.entente.web.scope.Kind;

import java.util.Optional;
import java.util.Set;

/** Which alliance a launch checklist item belongs to, for the access check of the routes naming it. */
@ApplicationScoped
public class LaunchScope implements AllianceResolver {

    private final EntityManager entities;

    public LaunchScope(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.LAUNCH_ITEM);
    }

    @Override
    public Optional<Long> allianceOf(Kind kind, long id) {
        return entities.createQuery("select i.allianceId from LaunchItem i where i.id = ?1", Long.class)
                .setParameter(1, id).getResultList().stream().findFirst();
    }
}
