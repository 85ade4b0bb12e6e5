package org.entente.body;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.Kind;
import org.entente.web.scope.QueryScope;

import java.util.Map;

/** Which alliance a governance body belongs to, for the access check of the routes naming it. */
@Singleton
public class BodyScope extends QueryScope {

    public BodyScope(EntityManager entities) {
        super(entities, Map.of(Kind.BODY, "select b.allianceId from GovernanceBody b where b.id = ?1"));
    }
}
