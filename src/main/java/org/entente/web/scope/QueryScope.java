package org.entente.web.scope;

import jakarta.persistence.EntityManager;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A feature's {@link AllianceResolver} written as one JPQL query per kind, each selecting the alliance id of the
 * record whose id is the query's parameter {@code ?1}. The feature's {@code *Scope} bean gives the queries over its
 * own entities; this class runs them.
 */
public abstract class QueryScope implements AllianceResolver {

    private final EntityManager entities;
    private final Map<Kind, String> allianceOf;

    protected QueryScope(EntityManager entities, Map<Kind, String> allianceOf) {
        this.entities = entities;
        this.allianceOf = Map.copyOf(allianceOf);
    }

    @Override
    public final Set<Kind> kinds() {
        return allianceOf.keySet();
    }

    @Override
    public final Optional<Long> allianceOf(Kind kind, long id) {
        return entities.createQuery(allianceOf.get(kind), Long.class).setParameter(1, id).getResultList().stream()
                .findFirst();
    }
}
